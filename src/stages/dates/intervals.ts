// Building resolved intervals for each precision, so every rule writes its TIMEX3 value the same way.
import type { Day } from './calendar.js';
import { dayOf, isoDay, isoWeekLabel, monthRange, weekStart, ymd } from './calendar.js';
import type { Bias, Resolved } from './types.js';

export function onDay(day: Day): Resolved {
  return { start: day, end: day, precision: 'day', timex: isoDay(day) };
}

export function inWeek(day: Day): Resolved {
  const start = weekStart(day);
  return { start, end: start + 6, precision: 'week', timex: isoWeekLabel(day) };
}

export function inMonth(year: number, month: number): Resolved {
  const [start, end] = monthRange(year, month);
  return { start, end, precision: 'month', timex: `${year}-${String(month).padStart(2, '0')}` };
}

export function inYear(year: number): Resolved {
  return { start: dayOf(year, 1, 1), end: dayOf(year, 12, 31), precision: 'year', timex: String(year) };
}

/** The part of an interval a modifier names: early = first third, mid = middle third, late = last third. */
export function part(r: Resolved, which: 'early' | 'mid' | 'late'): Resolved {
  const length = r.end - r.start + 1;
  const third = Math.floor(length / 3);
  if (which === 'early') return { ...r, end: r.start + third - 1 };
  if (which === 'mid') return { ...r, start: r.start + third, end: r.end - third };
  return { ...r, start: r.end - third + 1 };
}

/**
 * The year of a month (or month and day) printed without one: the occurrence on the side of the
 * reference the bias says, within a year of it ("in January" read in March is this January; "in June"
 * is last June, unless the clause is about the future).
 */
export function yearFor(reference: Day, month: number, date: number, bias: Bias): number {
  const { year } = ymd(reference);
  const candidate = dayOf(year, month, date);
  if (bias === 'past') return candidate <= reference ? year : year - 1;
  return candidate >= reference ? year : year + 1;
}

/** The latest day with this weekday on or before the reference (past) or on or after it (future). */
export function weekdayNear(reference: Day, weekdayWanted: number, bias: Bias, strict = false): Day {
  const now = (((reference + 4) % 7) + 7) % 7;
  if (bias === 'past') {
    const back = (now - weekdayWanted + 7) % 7 || (strict ? 7 : 0);
    return reference - back;
  }
  const ahead = (weekdayWanted - now + 7) % 7 || (strict ? 7 : 0);
  return reference + ahead;
}
