import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesOf } from './matches.js';
import { DATE_RULES } from './rules/index.js';

/** Matches as comparable rows: position and every group. */
function rows(matches: Iterable<RegExpExecArray | RegExpMatchArray>): unknown[] {
  return [...matches].map((m) => [m.index, ...m]);
}

/**
 * Texts where `\b` decides: inside words ("snow", "known", "Monday"), next to digits and underscores,
 * the long s and the Kelvin sign (word characters under `iu`), overlapping phrases and astral characters,
 * and months after words that are or are not their lead word (month-name's optional leading word).
 */
const TEXTS: [label: string, text: string][] = [
  ['words containing keywords', 'Snow is known now; the unknown nowadays, currently and at present.'],
  ['relative days', 'today, tonight_x, 3days ago, three days ago, a day ago, the day before yesterday'],
  [
    'weeks, months, years',
    'last week, earlier this month, two months ago, the previous fiscal year, year-end',
  ],
  ['parts of months', 'in early January, mid-March, late last July, the end of May 2010, lateJanuary'],
  ['offsets and durations', 'two days after the launch, for the past 10 consecutive days, over 3 days'],
  ['same day, seasons, centuries', 'on the same day, that same day, last spring, the 21st-century plan'],
  ['long s and Kelvin sign', 'laſt week, ſame day, laſt night, \u212Aeep today, to\u212Aday'],
  ['months after words', 'January February, in  May, last\u00a0June, 1abc July, éabc March, _x May'],
  ['months before digits and in words', 'January 5 February, Mayor May, x\nMay, March1 April'],
  ['astral characters', '𝐀today 𝟏 day ago, now𝐀 and 😀now'],
  ['empty', ''],
];

for (const rule of DATE_RULES) {
  test(`${rule.id}: matchesOf finds what matchAll finds`, () => {
    for (const [label, text] of TEXTS) {
      assert.deepEqual(rows(matchesOf(text, rule.pattern)), rows(text.matchAll(rule.pattern)), label);
    }
  });
}

test('an empty match moves on by one character, as matchAll does', () => {
  const pattern = /\b(?:x)?/giu;
  assert.deepEqual(rows(matchesOf('a x', pattern)), rows('a x'.matchAll(pattern)));
});
