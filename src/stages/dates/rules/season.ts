// Rule dates/season: "last summer", "this spring", "next winter", "in the fall" — meteorological seasons
// (winter from December); TIMEX3 writes "2012-SU".
import { dayOf, ymd, type Day } from '../calendar.js';
import type { DateRule, Resolved } from '../types.js';

const WHICH = 1;
const SEASON = 2;

const SEASONS: Record<string, { code: string; month: number }> = {
  spring: { code: 'SP', month: 3 },
  summer: { code: 'SU', month: 6 },
  fall: { code: 'FA', month: 9 },
  autumn: { code: 'FA', month: 9 },
  winter: { code: 'WI', month: 12 },
};

function seasonOf(year: number, code: string, month: number): Resolved {
  const start = dayOf(year, month, 1);
  return { start, end: dayOf(year, month + 3, 1) - 1, precision: 'month', timex: `${year}-${code}` };
}

/** last: the latest season that has ended; next: the first not yet begun; this/in the: the nearest. */
function pick(reference: Day, which: string, code: string, month: number): Resolved {
  const { year } = ymd(reference);
  const around = [year - 1, year, year + 1].map((y) => seasonOf(y, code, month));
  if (which === 'last') return around.filter((s) => s.end < reference).at(-1) ?? around[0]!;
  if (which === 'next') return around.find((s) => s.start > reference) ?? around[2]!;
  return around.find((s) => s.start <= reference && reference <= s.end) ?? around[1]!;
}

export const season: DateRule = {
  id: 'dates/season',
  requires: /spring|summer|fall|autumn|winter/iu,
  pattern: /\b(last|this|next|in the|during the|early|late)\s+(spring|summer|fall|autumn|winter)\b/giu,
  interpret(m) {
    const which = (m[WHICH] ?? '').toLowerCase();
    const s = SEASONS[(m[SEASON] ?? '').toLowerCase()];
    if (!s) return null;
    return {
      lead: which === 'in the' || which === 'during the' ? which.length + 1 : 0,
      relation: { kind: 'reference' },
      absolute: false,
      resolve: (reference) => pick(reference, which, s.code, s.month),
    };
  },
};
