// Rule dates/month-day: "on January 3", "Jan. 3", "3 January" without a year — the year is the
// anchor's, or the one before/after it by the clause's tense ("on Dec. 28" read on Jan. 18 is last year).
import { dayOf, daysInMonth } from '../calendar.js';
import { onDay, yearFor } from '../intervals.js';
import { MONTH, monthNumber } from '../lexicon.js';
import type { DateRule } from '../types.js';

const MONTH_FIRST = 1;
const DATE_AFTER = 2;
const DATE_FIRST = 3;
const MONTH_AFTER = 4;

export const monthDay: DateRule = {
  id: 'dates/month-day',
  pattern: new RegExp(
    `\\b(?:(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH}))(?![\\d:])`,
    'gu',
  ),
  interpret(m) {
    const month = monthNumber(m[MONTH_FIRST] ?? m[MONTH_AFTER] ?? '');
    const date = Number(m[DATE_AFTER] ?? m[DATE_FIRST]);
    if (!month || date < 1 || date > daysInMonth(2024, month)) return null;
    return {
      relation: { kind: 'reference' },
      absolute: false,
      resolve: (reference, bias) => {
        const year = yearFor(reference, month, date, bias);
        return date > daysInMonth(year, month) ? null : onDay(dayOf(year, month, date));
      },
    };
  },
};
