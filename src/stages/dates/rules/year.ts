// Rule dates/year: "in 2023", "the 2009-2010 pandemic" — a four-digit year from 1900 to 2099 standing
// alone (not inside a larger number, an amount or a percentage).
import { inYear } from '../intervals.js';
import type { DateRule } from '../types.js';

const YEAR = 1;

export const year: DateRule = {
  id: 'dates/year',
  pattern: /(?<![\d,.$€£¥#])\b((?:19|20)\d{2})\b(?![\d%]|,\d|\.\d|\s*(?:percent|per cent)\b)/gu,
  interpret(m) {
    const resolved = inYear(Number(m[YEAR]));
    return { relation: { kind: 'reference' }, absolute: true, resolve: () => resolved };
  },
};
