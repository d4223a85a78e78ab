// Rule dates/event-offset: "two days after a publicly disclosed meeting", "a week before the vote",
// "the day after". The clause that holds the phrase is `days` after the event named next (negative:
// before); the stage resolves one from the other (anchor `event:<i>`). Months are too vague to count.
import { COUNT, countValue } from '../lexicon.js';
import type { DateRule } from '../types.js';

const COUNT_GROUP = 1;
const UNIT = 2;
const DIRECTION = 3;

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };

export const eventOffset: DateRule = {
  id: 'dates/event-offset',
  requires: /(?:day|week)s?\s+(?:after|before|later than|earlier than|prior to|following)\b/iu,
  pattern: new RegExp(
    `\\b(${COUNT}|the)\\s+(day|week)s?\\s+(after|before|later than|earlier than|prior to|following)\\b`,
    'giu',
  ),
  interpret(m) {
    const count = (m[COUNT_GROUP] ?? '').toLowerCase() === 'the' ? 1 : countValue(m[COUNT_GROUP] ?? '');
    const unit = UNIT_DAYS[(m[UNIT] ?? '').toLowerCase()];
    if (count === null || unit === undefined) return null;
    const sign = /^(?:after|later than|following)$/iu.test(m[DIRECTION] ?? '') ? 1 : -1;
    return { relation: { kind: 'offset', days: sign * count * unit }, absolute: false, resolve: () => null };
  },
};
