// Rule dates/relative-week: "this week", "last week", "the last week", "next week", "two weeks ago",
// "earlier this week" (Monday up to the day before the anchor; the seed's "Choe's visit to Russia
// earlier this week"), "later this week".
import { weekStart } from '../calendar.js';
import { inWeek } from '../intervals.js';
import { COUNT, countValue } from '../lexicon.js';
import type { DateRule } from '../types.js';

const PART = 1;
const WHICH = 2;
const COUNT_GROUP = 3;

const SHIFT: Record<string, number> = {
  this: 0,
  last: -1,
  next: 1,
  'the last': -1,
  'the past': -1,
  'the previous': -1,
  'the coming': 1,
};

export const relativeWeek: DateRule = {
  id: 'dates/relative-week',
  requires: /week/iu,
  pattern: new RegExp(
    `\\b(?:(earlier|later)\\s+)?(?:(this|last|next|the last|the past|the previous|the coming)\\s+week\\b(?!s)|(${COUNT})\\s+weeks?\\s+ago\\b)`,
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
        const whole = inWeek(reference + 7 * shift);
        if (shift !== 0 || partWord === undefined) return whole;
        // Said on a Monday, "earlier this week" has no earlier day: keep the whole week.
        if (partWord === 'earlier')
          return reference > weekStart(reference) ? { ...whole, end: reference - 1 } : whole;
        return reference < whole.end ? { ...whole, start: reference + 1 } : whole;
      },
    };
  },
};
