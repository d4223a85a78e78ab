// Rule dates/relative-year: "this year", "last year", "next year", "this fiscal year", "early this year",
// "earlier this year" (up to the day before the anchor), "four years ago".
import { ymd } from '../calendar.js';
import { inYear, part } from '../intervals.js';
import { COUNT, countValue } from '../lexicon.js';
import type { DateRule } from '../types.js';

const PART = 1;
const WHICH = 2;
const COUNT_GROUP = 3;

const SHIFT: Record<string, number> = { this: 0, last: -1, next: 1, 'the past': -1, 'the previous': -1 };

export const relativeYear: DateRule = {
  id: 'dates/relative-year',
  requires: /year/iu,
  pattern: new RegExp(
    `\\b(?:(early|earlier|late|later|the beginning of|the start of)\\s+)?(?:(this|last|next|the past|the previous)\\s+(?:fiscal\\s+|calendar\\s+)?year\\b|(${COUNT})\\s+years?\\s+ago\\b)`,
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
        const whole = inYear(ymd(reference).year + shift);
        if (partWord === 'earlier' && shift === 0)
          return { ...whole, end: Math.max(whole.start, reference - 1) };
        if (partWord === 'later' && shift === 0)
          return { ...whole, start: Math.min(whole.end, reference + 1) };
        if (partWord === undefined) return whole;
        return part(whole, partWord === 'late' || partWord === 'later' ? 'late' : 'early');
      },
    };
  },
};
