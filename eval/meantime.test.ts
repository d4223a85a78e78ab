import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameRange } from './meantime-gold.js';
import type { GoldDoc } from './meantime-gold.js';
import { score, trimSpan } from './meantime.js';

const NAME_CASES: { label: string; extent: string; expected: string | null }[] = [
  {
    label: 'premodified company',
    extent: 'American automobile manufacturer Chrysler LLC',
    expected: 'Chrysler LLC',
  },
  { label: 'title before a person', extent: 'U.S. President Barack Obama', expected: 'Barack Obama' },
  { label: 'name with of', extent: 'the Bank of America', expected: 'Bank of America' },
  { label: 'apposition cut at the comma', extent: 'Steve Jobs , the Apple CEO', expected: 'Steve Jobs' },
  { label: 'place inside a government phrase', extent: 'the government of Canada', expected: 'Canada' },
  {
    label: 'a legal form ends the company before the person',
    extent: 'the chairman of Chrysler LLC Jim Press',
    expected: 'Jim Press',
  },
  { label: 'spokeswoman is a title', extent: 'Spokeswoman Sandy Angers', expected: 'Sandy Angers' },
];
/** Extents that name nothing. */
const NEGATIVE_NAME_CASES: { label: string; extent: string }[] = [
  { label: 'title phrase', extent: 'Prime Minister of Canada' },
  { label: 'common noun phrase', extent: 'the company' },
  { label: 'capitalised pronoun', extent: 'We' },
];
const nameOf = (extent: string, wholeOnly = false): string | null => {
  const words = extent.split(' ');
  const r = nameRange(words, wholeOnly);
  return r ? words.slice(r[0], r[1]).join(' ') : null;
};
for (const c of NAME_CASES) test(`gold name: ${c.label}`, () => assert.equal(nameOf(c.extent), c.expected));
for (const c of NEGATIVE_NAME_CASES)
  test(`gold name, none: ${c.label}`, () => assert.equal(nameOf(c.extent), null));
test('untyped mentions count only when they are a name throughout', () => {
  assert.equal(nameOf('U.S. automaker Chrysler', true), null);
  assert.equal(nameOf('the United States', true), 'United States');
});

const TRIM_CASES: [string, string][] = [
  ['Washington.', 'Washington'],
  ["Chrysler's", 'Chrysler'],
  ['the Pentagon', 'Pentagon'],
  ['"Kim Jong-un,"', 'Kim Jong-un'],
];
for (const [input, expected] of TRIM_CASES) {
  test(`baseline span trim: ${input}`, () => {
    const [s, e] = trimSpan(input, 0, input.length);
    assert.equal(input.slice(s, e), expected);
  });
}

test('scoring: exact span and class, unannotated tail and demonyms ignored', () => {
  const text = 'Kim met American officials in Seoul. Later text.';
  const doc: GoldDoc = {
    name: 't',
    text,
    tokenCount: 9,
    annotatedEnd: 36,
    mentions: [
      { start: 0, end: 3, type: 'PER' },
      { start: 30, end: 35, type: 'LOC' },
    ],
  };
  const tally = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
  score(
    doc,
    [
      { start: 0, end: 3, type: 'ORG' },
      { start: 8, end: 16, type: 'LOC' },
      { start: 30, end: 35, type: 'LOC' },
      { start: 37, end: 42, type: 'PER' },
    ],
    new Set(['American']),
    tally,
  );
  assert.deepEqual(tally, {
    PER: { tp: 0, fp: 0, fn: 1 },
    ORG: { tp: 0, fp: 1, fn: 0 },
    LOC: { tp: 1, fp: 0, fn: 0 },
  });
});
