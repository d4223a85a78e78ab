// Rule dates/part-of-month: "early January", "in mid-March", "late last July", "the end of May 2010".
// A third of the month (early = 1st–10th); motivating case: the seed's "In early January … over three
// consecutive days", gold early January. TIMEX3 writes the month (the part is its `mod`).
import { inMonth, part } from '../intervals.js';
import { MONTH, monthNumber } from '../lexicon.js';
import type { DateRule } from '../types.js';
import { shiftOf, yearOfMonth } from './month-shift.js';

const PART = 1;
const SHIFT = 2;
const MONTH_GROUP = 3;
const YEAR = 4;

const PARTS: Record<string, 'early' | 'mid' | 'late'> = {
  early: 'early',
  'the beginning of': 'early',
  'the start of': 'early',
  mid: 'mid',
  'the middle of': 'mid',
  late: 'late',
  'the end of': 'late',
};

export const partOfMonth: DateRule = {
  id: 'dates/part-of-month',
  pattern: new RegExp(
    `\\b(early|mid|late|the beginning of|the start of|the middle of|the end of)[\\s-]+(?:(last|next|this)\\s+)?(${MONTH})(?:,?\\s+(\\d{4})\\b)?`,
    'giu',
  ),
  interpret(m) {
    const which = PARTS[(m[PART] ?? '').toLowerCase().replace(/\s+/gu, ' ')];
    const monthWord = m[MONTH_GROUP] ?? '';
    const month = monthNumber(monthWord);
    if (!which || !month || !/^[A-Z]/u.test(monthWord)) return null;
    const printedYear = m[YEAR] ? Number(m[YEAR]) : null;
    const shift = shiftOf(m[SHIFT]);
    return {
      relation: { kind: 'reference' },
      absolute: printedYear !== null,
      resolve: (reference, bias) =>
        part(inMonth(printedYear ?? yearOfMonth(reference, month, shift, bias), month), which),
    };
  },
};
