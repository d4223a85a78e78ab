// Rule dates/month-day-year: "January 3, 2023", "Jan. 3 2023", "3 January 2023" — needs no anchor.
import { dayOf, daysInMonth } from '../calendar.js';
import { onDay } from '../intervals.js';
import { MONTH, monthNumber } from '../lexicon.js';
import type { DateRule } from '../types.js';

const MONTH_FIRST = 1;
const DATE_AFTER = 2;
const DATE_FIRST = 3;
const MONTH_AFTER = 4;
const YEAR = 5;

export const monthDayYear: DateRule = {
  id: 'dates/month-day-year',
  pattern: new RegExp(
    `\\b(?:(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})),?\\s+(\\d{4})\\b`,
    'gu',
  ),
  interpret(m) {
    const month = monthNumber(m[MONTH_FIRST] ?? m[MONTH_AFTER] ?? '');
    const date = Number(m[DATE_AFTER] ?? m[DATE_FIRST]);
    const year = Number(m[YEAR]);
    if (!month || date < 1 || date > daysInMonth(year, month)) return null;
    const day = dayOf(year, month, date);
    return { relation: { kind: 'reference' }, absolute: true, resolve: () => onDay(day) };
  },
};
