// Rule dates/relative-month: "this month", "last month", "next month", "earlier this month", "two months ago".
import { addMonths, ymd } from '../calendar.js';
import { inMonth, part } from '../intervals.js';
import { COUNT, countValue } from '../lexicon.js';
import type { DateRule } from '../types.js';

const PART = 1;
const WHICH = 2;
const COUNT_GROUP = 3;

const SHIFT: Record<string, number> = { this: 0, last: -1, next: 1, 'the past': -1, 'the previous': -1 };

export const relativeMonth: DateRule = {
  id: 'dates/relative-month',
  requires: /month/iu,
  pattern: new RegExp(
    `\\b(?:(early|earlier|late|later)\\s+)?(?:(this|last|next|the previous)\\s+month\\b|(${COUNT})\\s+months?\\s+ago\\b)`,
    'giu',
  ),
  interpret(m) {
    const which = m[WHICH]?.toLowerCase().replace(/\s+/gu, ' ');
    const shift = which !== undefined ? SHIFT[which] : -(countValue(m[COUNT_GROUP] ?? '') ?? NaN);
    if (shift === undefined || Number.isNaN(shift)) return null;
    const partWord = m[PART]?.toLowerCase();
    return {
      relation: { kind: 'reference' },
      absolute: false,
      resolve: (reference) => {
        const now = ymd(reference);
        const target = addMonths(now.year, now.month, shift);
        const whole = inMonth(target.year, target.month);
        if (partWord === 'earlier' && shift === 0)
          return { ...whole, end: Math.max(whole.start, reference - 1) };
        if (partWord === 'later' && shift === 0)
          return { ...whole, start: Math.min(whole.end, reference + 1) };
        if (partWord === undefined) return whole;
        return part(whole, partWord === 'early' ? 'early' : 'late');
      },
    };
  },
};
