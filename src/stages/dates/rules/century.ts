// Rule dates/century: "the 20th century" — TIMEX3 writes the century's first two digits ("19").
import { dayOf } from '../calendar.js';
import type { DateRule } from '../types.js';

const ORDINAL = 1;

export const century: DateRule = {
  id: 'dates/century',
  requires: /century/iu,
  pattern: /\b(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/giu,
  interpret(m) {
    const n = Number(m[ORDINAL]);
    if (n < 1) return null;
    const first = (n - 1) * 100 + 1;
    const resolved = {
      start: dayOf(first, 1, 1),
      end: dayOf(first + 99, 12, 31),
      precision: 'year' as const,
      timex: String(n - 1).padStart(2, '0'),
    };
    return { relation: { kind: 'reference' }, absolute: true, resolve: () => resolved };
  },
};
