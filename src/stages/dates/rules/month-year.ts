// Rule dates/month-year: "May 2010", "January, 2024" — a whole month, no anchor needed.
import { inMonth } from '../intervals.js';
import { MONTH, monthNumber } from '../lexicon.js';
import type { DateRule } from '../types.js';

const MONTH_GROUP = 1;
const YEAR = 2;

export const monthYear: DateRule = {
  id: 'dates/month-year',
  pattern: new RegExp(`\\b(${MONTH}),?\\s+(\\d{4})\\b`, 'gu'),
  interpret(m) {
    const month = monthNumber(m[MONTH_GROUP] ?? '');
    if (!month) return null;
    const resolved = inMonth(Number(m[YEAR]), month);
    return { relation: { kind: 'reference' }, absolute: true, resolve: () => resolved };
  },
};
