// Calendar arithmetic on whole days. A day is the count of days since 1970-01-01 in the proleptic
// Gregorian calendar, computed in UTC so that no machine time zone leaks in: a date here is a calendar
// day in the source's own zone (Korea time for Korean sources, see anchor.ts), never an instant.

export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/u;

export function dayOf(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

/** The day of an ISO date ("2024-01-18", or the date part of a timestamp); null when malformed. */
export function parseIsoDay(iso: string): Day | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = dayOf(y, mo, d);
  return ymd(day).month === mo && ymd(day).date === d ? day : null;
}

export function ymd(day: Day): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

export function isoDay(day: Day): string {
  const { year, month, date } = ymd(day);
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(date)}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Monday of the ISO week holding `day`. */
export function weekStart(day: Day): Day {
  return day - ((weekday(day) + 6) % 7);
}

export function daysInMonth(year: number, month: number): number {
  return ymd(dayOf(year, month + 1, 1) - 1).date;
}

export function monthRange(year: number, month: number): [Day, Day] {
  return [dayOf(year, month, 1), dayOf(year, month, daysInMonth(year, month))];
}

/** Shift by whole months, keeping the year in step ("last month" in January is December). */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** ISO 8601 week label, e.g. "2013-W11": the week belongs to the year of its Thursday. */
export function isoWeekLabel(day: Day): string {
  const thursday = weekStart(day) + 3;
  const { year } = ymd(thursday);
  const week = Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
