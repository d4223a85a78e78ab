/**
 * A publication date printed in a page address: ".../2024/01/18/..." or ".../20240118...". It is the
 * reference a dateline's month and day are resolved against when the feed gave no date.
 */
const URL_DATE =
  /(?:^|[/_-])(?<y>(?:19|20)\d{2})(?<sep>[/-]?)(?<m>0[1-9]|1[0-2])\k<sep>(?<d>0[1-9]|[12]\d|3[01])(?=$|[/_.?#-])/;
// Named groups of URL_DATE.
const G_YEAR = 'y';
const G_MONTH = 'm';
const G_DAY = 'd';

export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const g = URL_DATE.exec(path)?.groups;
  if (!g) return null;
  const iso = `${g[G_YEAR]}-${g[G_MONTH]}-${g[G_DAY]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}
