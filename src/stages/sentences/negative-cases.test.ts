import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './index.js';

/** Periods, question marks and quotes that must NOT end a sentence. */
const NEGATIVE_CASES: { label: string; text: string }[] = [
  { label: 'title before a name', text: 'Mr. Lee met Dr. Park.' },
  { label: 'time before a name', text: 'At 3 p.m. Mr. Lee said nothing.' },
  { label: 'dotted abbreviation before a title', text: 'U.S. President Joe Biden spoke.' },
  { label: 'number abbreviation before a number', text: 'He is the No. 2 official.' },
  { label: 'month abbreviation before a day', text: 'It launched on Jan. 6 at dawn.' },
  { label: 'middle initial', text: 'John F. Kennedy visited Berlin.' },
  { label: 'question inside a quote continued in lowercase', text: '"Is it true?" he asked.' },
  { label: 'comma inside a quote', text: '"We will respond," the ministry said.' },
  { label: 'decimal number', text: 'The missile flew 1.5 km.' },
  { label: 'lowercase after a company suffix', text: 'Hyundai Motor Co. shares rose.' },
  { label: 'single newline inside a paragraph', text: 'North Korea fired\na missile.' },
];

for (const c of NEGATIVE_CASES) {
  test(`no split: ${c.label}`, () => assert.equal(splitSentences(c.text).length, 1));
}
