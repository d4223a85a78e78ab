import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../actors/gazetteer/index.js';
import { insertSpaces, repairGluedNames } from './glue.js';

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

test('insertSpaces maps every offset of the new text back as a table of all offsets did', () => {
  const text = 'atKim Il SungSquare, ComradeKim Jong Unwas';
  for (const positions of [[0], [2], [2, 13], [2, 13, 28, 42], [0, 1, 2, 3]]) {
    const r = insertSpaces(text, positions);
    // The table: each original character in turn, each inserted space standing for the character after it.
    const table: number[] = [];
    let from = 0;
    for (const p of positions) {
      for (let i = from; i < p; i++) table.push(i);
      table.push(p);
      from = p;
    }
    for (let i = from; i <= text.length; i++) table.push(i);
    assert.equal(r.text.length, text.length + positions.length);
    for (let i = 0; i <= r.text.length + 2; i++)
      assert.equal(r.toOriginal(i), table[i] ?? text.length, `${positions.join(',')} at ${i}`);
  }
  assert.equal(insertSpaces(text, []).toOriginal(7), 7, 'nothing inserted');
});
