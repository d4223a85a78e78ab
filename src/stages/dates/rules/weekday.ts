// Rule dates/weekday: "on Sunday", "Monday's parliamentary meeting", "last Friday", "next Tuesday",
// "Wednesday afternoon". News convention (DESIGN.md §5): with past bias the latest such day on or before
// the anchor (the seed, published Thursday 2024-01-18: "on Sunday" is 01-14, "on Thursday" 01-18);
// with future bias ("will meet on Monday") the first on or after it. "last"/"next" exclude the anchor day.
import { onDay, weekdayNear } from '../intervals.js';
import { WEEKDAY, weekdayNumber } from '../lexicon.js';
import type { DateRule } from '../types.js';

const WHICH = 1;
const WEEKDAY_GROUP = 2;

export const weekdayRule: DateRule = {
  id: 'dates/weekday',
  pattern: new RegExp(
    `\\b(?:(last|next|this|this past|this coming|coming|past)\\s+)?(${WEEKDAY})(?:['’]s)?(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
    'gu',
  ),
  interpret(m) {
    const wanted = weekdayNumber(m[WEEKDAY_GROUP] ?? '');
    if (wanted === null) return null;
    const which = m[WHICH];
    const forced =
      which === 'last' || which?.endsWith('past')
        ? 'past'
        : which === 'next' || which?.endsWith('coming')
          ? 'future'
          : null;
    return {
      relation: { kind: 'reference' },
      absolute: false,
      resolve: (reference, bias) =>
        onDay(weekdayNear(reference, wanted, forced ?? bias, which === 'last' || which === 'next')),
    };
  },
};
