// Rule dates/iso-date: "2024-01-18" as printed in feeds, tables and wire metadata.
import { dayOf } from '../calendar.js';
import { onDay } from '../intervals.js';
import type { DateRule } from '../types.js';

const YEAR = 1;
const MONTH_GROUP = 2;
const DATE = 3;

export const isoDate: DateRule = {
  id: 'dates/iso-date',
  pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gu,
  interpret(m) {
    const day = dayOf(Number(m[YEAR]), Number(m[MONTH_GROUP]), Number(m[DATE]));
    return { relation: { kind: 'reference' }, absolute: true, resolve: () => onDay(day) };
  },
};
