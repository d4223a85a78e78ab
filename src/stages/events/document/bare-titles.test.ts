import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../../core/document.js';
import { bareTitles } from './bare-titles.js';

function person(name: string, code: string, role: string, at: number): Entity {
  return {
    name,
    type: 'PERSON',
    actor: { name, code, sector: 'GOV', role },
    role,
    mentions: [{ start: at, end: at + name.length }],
  };
}

/** "<title>:<codes>" for each bare title found. */
function found(text: string, entities: Entity[]): string[] {
  const byTitle = new Map<string, string[]>();
  for (const m of bareTitles(text, entities, [])) {
    const key = text.slice(m.start, m.end);
    byTitle.set(key, [...(byTitle.get(key) ?? []), m.actor.code ?? '']);
  }
  return [...byTitle].map(([k, v]) => `${k}:${v.sort().join('+')}`);
}

const TEXT =
  'Secretary of State Blinken met Foreign Minister Hayashi and Foreign Minister Park. The Secretary and Foreign Ministers condemned it.';
const ENTITIES = [
  person('Blinken', 'USA', 'Secretary of State', TEXT.indexOf('Blinken')),
  person('Hayashi', 'JPN', 'Foreign Minister', TEXT.indexOf('Hayashi')),
  person('Park', 'KOR', 'Foreign Minister', TEXT.indexOf('Park')),
];

test('bare title: "The Secretary" is the Secretary of State named before', () => {
  assert.ok(found(TEXT, ENTITIES).includes('Secretary:USA'));
});
test('bare title: a plural title is every holder named before', () => {
  assert.ok(found(TEXT, ENTITIES).includes('Foreign Ministers:JPN+KOR'));
});

const NEGATIVE_CASES: { label: string; text: string }[] = [
  { label: 'a title before a name belongs to the name', text: 'Later Foreign Minister Kono spoke.' },
  {
    label: 'a title before anyone holds it',
    text: 'The Foreign Minister spoke. Foreign Minister Park came.',
  },
  { label: 'inside a longer title', text: 'Park came. Vice Foreign Minister spoke.' },
];

for (const c of NEGATIVE_CASES) {
  test(`bare title, none: ${c.label}`, () => {
    const entities = [person('Park', 'KOR', 'Foreign Minister', c.text.indexOf('Park'))];
    assert.deepEqual(found(c.text, entities), []);
  });
}
