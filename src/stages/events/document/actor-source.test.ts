import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../../core/document.js';
import { documentActors } from './actor-source.js';

const NO_ENTITIES: Entity[] = [];

function coded(text: string): string[] {
  return documentActors(
    text,
    NO_ENTITIES,
    [],
  )({ start: 0, end: text.length }).map((m) => `${text.slice(m.start, m.end)}:${m.actor.code}`);
}

const CASES: { label: string; text: string; mention: string }[] = [
  {
    label: 'an untagged country as subject',
    text: 'North Korea fired a missile.',
    mention: 'North Korea:PRK',
  },
  {
    label: 'after "at", a country modifying a noun acts',
    text: 'I express regret at the U.S. habitual misconduct.',
    mention: 'the U.S.:USA',
  },
];

CASES.push({
  label: 'a demonym heading a body ("The Latvian Constitutional Court")',
  text: 'The Latvian Constitutional Court cancelled restrictions.',
  mention: 'Latvian:LVA',
});

const NEGATIVE_CASES: { label: string; text: string; notMention: string }[] = [
  { label: 'a place after "in"', text: 'They met in Japan on Monday.', notMention: 'Japan:JPN' },
  {
    label: 'a demonym before a common noun',
    text: 'Tests of the Latvian language.',
    notMention: 'Latvian:LVA',
  },
  {
    label: 'a place after "at the", then a conjunction',
    text: 'Talks at the U.S. and elsewhere.',
    notMention: 'the U.S.:USA',
  },
];

for (const c of CASES) {
  test(`document actors: ${c.label}`, () =>
    assert.ok(coded(c.text).includes(c.mention), coded(c.text).join(',')));
}
for (const c of NEGATIVE_CASES) {
  test(`document actors, not an actor: ${c.label}`, () => assert.ok(!coded(c.text).includes(c.notMention)));
}

/** One tagged place entity over every occurrence of `name` in the text. */
function tagged(text: string, name: string, code: string): string[] {
  const mentions = [...text.matchAll(new RegExp(name, 'gu'))].map((m) => ({
    start: m.index,
    end: m.index + name.length,
  }));
  const entity: Entity = {
    name,
    type: 'GPE',
    actor: { name, code, sector: null, role: null },
    role: null,
    mentions,
  };
  return documentActors(
    text,
    [entity],
    [],
  )({ start: 0, end: text.length }).map((m) => `${text.slice(m.start, m.end)}:${m.actor.code}`);
}

test('document actors: a whole country after "in" is where the act is aimed', () => {
  const text = 'Pakistan has refused to deploy peacekeepers in Iraq.';
  assert.ok(tagged(text, 'Iraq', 'IRQ').includes('Iraq:IRQ'));
});

test('document actors, not an actor: a city after "in" is where it happened', () => {
  const text = 'Kim and Pak met in Seoul on Thursday.';
  assert.ok(!tagged(text, 'Seoul', 'KOR').includes('Seoul:KOR'));
});

test('document actors: a city after "demonstrators in" names who the demonstrators are', () => {
  const text = 'Demonstrators in Baghdad blocked a road.';
  assert.ok(tagged(text, 'Baghdad', 'IRQ').includes('Baghdad:IRQ'));
});
