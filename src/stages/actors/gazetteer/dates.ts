// Validity intervals with partial dates: the officials table gives "2017", "2021-05" or "2021-05-21".
// A partial date widens the interval to the whole year or month, so uncertainty never excludes a match.

/** "2017" → "2017-01-01", "2021-05" → "2021-05-01". */
export function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** "2017" → "2017-12-31", "2021-05" → "2021-05-31" (string comparison only needs an upper bound). */
export function endOf(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** True when `date` (YYYY-MM-DD) falls in [from, to]; an empty bound is open. */
export function validOn(from: string | null, to: string | null, date: string): boolean {
  if (from && date < startOf(from)) return false;
  if (to && date > endOf(to)) return false;
  return true;
}

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export function isPartialDate(text: string): boolean {
  return PARTIAL_DATE.test(text);
}
