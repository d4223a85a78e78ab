import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../actors/gazetteer/index.js';
import { repairGluedNames } from './glue.js';

const gazetteer = loadGazetteer();

test('glued KCNA names are spaced out and offsets map back', () => {
  const cases: [label: string, text: string, repaired: string][] = [
    ['both sides', 'Respected ComradeKim Jong Unwas present.', 'Respected Comrade Kim Jong Un was present.'],
    ['square after a name', 'They met atKim Il SungSquare.', 'They met at Kim Il Sung Square.'],
    ['tail only', 'Kim Jong Unsaid so.', 'Kim Jong Un said so.'],
  ];
  for (const [label, text, expected] of cases) {
    const r = repairGluedNames(gazetteer, text);
    assert.equal(r.text, expected, label);
    const at = r.text.indexOf('Kim');
    assert.equal(text.slice(r.toOriginal(at), r.toOriginal(at) + 3), 'Kim', `${label}: offsets`);
  }
});

test('glue negative cases: ordinary words stay whole', () => {
  const cases: [label: string, text: string][] = [
    ['camel-case brands and names', 'McDonald and YouTube and MacArthur met DeSantis.'],
    ['a spaced name', 'Kim Jong Un said so.'],
    ['a name-like capital word', 'Kim Il Sung University opened.'],
  ];
  for (const [label, text] of cases) assert.equal(repairGluedNames(gazetteer, text).text, text, label);
});
