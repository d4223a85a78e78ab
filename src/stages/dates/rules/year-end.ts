// Rule dates/year-end: "the year-end party plenum", "the end of last year", "end of the year" — the last
// third of December (21st–31st). Past bias as for weekdays: the latest year-end begun on or before the
// anchor (the seed, published 2024-01-18: "year-end party plenum" is late December 2023).
import { dayOf, ymd } from '../calendar.js';
import type { DateRule, Resolved } from '../types.js';

const WHICH = 1;

function yearEnd(year: number): Resolved {
  return { start: dayOf(year, 12, 21), end: dayOf(year, 12, 31), precision: 'month', timex: String(year) };
}

export const yearEndRule: DateRule = {
  id: 'dates/year-end',
  requires: /year/iu,
  pattern: /\b(?:year[\s-]end|(?:the\s+)?end\s+of\s+(?:the\s+|(last|this|next)\s+)?year)\b/giu,
  interpret(m) {
    const which = m[WHICH]?.toLowerCase();
    return {
      relation: { kind: 'reference' },
      absolute: false,
      resolve: (reference, bias) => {
        const { year } = ymd(reference);
        if (which === 'last') return yearEnd(year - 1);
        if (which === 'this') return yearEnd(year);
        if (which === 'next') return yearEnd(year + 1);
        const current = yearEnd(year);
        if (bias === 'future') return current;
        return current.start <= reference ? current : yearEnd(year - 1);
      },
    };
  },
};
