/**
 * Publication dates as pages print them, normalized to ISO 8601: "2019-11-19T14:03:00-05:00" when
 * the time and its zone are known, "2019-11-19" when only the day is (a time without a zone is
 * dropped rather than guessed). Used on metadata, JSON-LD, <time>, URLs and visible datelines.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Zone abbreviations news pages print; ambiguous ones ("ET", "IST") are left out on purpose. */
const ZONES: Record<string, string> = {
  utc: 'Z',
  gmt: 'Z',
  z: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  bst: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
  kst: '+09:00',
  jst: '+09:00',
};

// 2019-11-19, 2019-11-19T14:03, 2019-11-19 14:03:00.000+0100, 2019-11-19T14:03:00Z
const ISO =
  /\b(?<y>(?:19|20)\d\d)-(?<m>\d\d?)-(?<d>\d\d?)(?:[T ](?<h>\d\d):(?<min>\d\d)(?::(?<s>\d\d)(?:\.\d+)?)?\s*(?<tz>Z|[+-]\d\d:?\d\d)?)?/;
// 19 Nov 2019 14:03:00 GMT, Tue, 19 November 2019
const DAY_MONTH_YEAR =
  /\b(?<d>\d\d?)(?:st|nd|rd|th)?\.? (?<mon>[A-Za-z]{3,9})\.?,? (?<y>(?:19|20)\d\d)(?:,? (?<h>\d\d?)[:.](?<min>\d\d)(?::(?<s>\d\d))?\s*(?<ampm>[ap]\.?m\.?)?\s*(?<tz>[A-Z]{1,4}|[+-]\d\d:?\d\d)?)?/i;
// November 19, 2019 10:30 a.m. EST; Nov. 19 2019
const MONTH_DAY_YEAR =
  /\b(?<mon>[A-Za-z]{3,9})\.? (?<d>\d\d?)(?:st|nd|rd|th)?,? (?<y>(?:19|20)\d\d)(?:,?(?: at)? (?<h>\d\d?)[:.](?<min>\d\d)(?::(?<s>\d\d))?\s*(?<ampm>[ap]\.?m\.?)?\s*(?<tz>[A-Z]{1,4}|[+-]\d\d:?\d\d)?)?/i;
// 2019/11/19, 2019.11.19, "2018.10.05 14:23" (Korean outlets print the time after the day)
const SLASHED =
  /\b(?<y>(?:19|20)\d\d)[/.](?<m>\d\d?)[/.](?<d>\d\d?)\b\.?(?:\s+(?<h>\d\d?):(?<min>\d\d)(?::(?<s>\d\d))?)?/;
// 2018년 10월 5일 오후 2:23
const KOREAN_YMD =
  /(?<y>(?:19|20)\d\d)년\s*(?<m>\d\d?)월\s*(?<d>\d\d?)일(?:\s*(?<ampm>오전|오후)?\s*(?<h>\d\d?)[:시]\s*(?<min>\d\d)?)?/;
/**
 * Labels Korean outlets put before a story's times ("입력 2018.10.05 14:23", "기사입력 :[ 2018-09-28
 * 17:32 ]", "등록", "승인", "수정"): such a time is Korea time even though no zone is printed.
 */
const KOREAN_TIME_LABEL = /(?:입력|등록|승인|수정|송고|작성|발행)/;
const KST = '+09:00';
// /2019/11/19/ or /2019-11-19/ in a URL path; a lone /2019/11/ gives no day and is not used.
const URL_DATE = /\/(?<y>(?:19|20)\d\d)[/-](?<m>\d\d?)[/-](?<d>\d\d?)(?:[/-]|$)/;

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return false;
  // Day 0 of the next month is this month's last day: February 31 is no date.
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function zoneOffset(tz: string | undefined): string | null {
  if (!tz) return null;
  if (/^[+-]\d\d:?\d\d$/.test(tz)) return tz.includes(':') ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`;
  return ZONES[tz.toLowerCase()] ?? null;
}

function hour24(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.toLowerCase().startsWith('p') || ampm === '오후';
  return (h % 12) + (pm ? 12 : 0);
}

function build(
  g: Record<string, string | undefined>,
  month: number,
  zone: string | null = null,
): string | null {
  const y = Number(g['y']);
  const d = Number(g['d']);
  if (!validDay(y, month, d)) return null;
  const day = `${y}-${pad(month)}-${pad(d)}`;
  const tz = zoneOffset(g['tz']) ?? zone;
  if (g['h'] === undefined || tz === null) return day;
  const h = hour24(Number(g['h']), g['ampm']);
  if (h > 23) return day;
  return `${day}T${pad(h)}:${g['min'] ?? '00'}:${g['s'] ?? '00'}${tz}`;
}

function monthOf(name: string | undefined): number {
  return (
    MONTHS[(name ?? '').slice(0, 4).toLowerCase()] ?? MONTHS[(name ?? '').slice(0, 3).toLowerCase()] ?? 0
  );
}

/**
 * The first date in `raw` (ISO, "2018년 10월 5일", "Nov. 19, 2019", "19 November 2019", "2019/11/19",
 * "2018.10.05 14:23"), normalized; or null. A time without a zone keeps only its day, except after a
 * Korean label ("입력") or in a Korean-format date, which is Korea time.
 */
export function normalizeDate(raw: string): string | null {
  const s = raw.trim();
  if (!s || s.length > 400) return null;
  const zone = KOREAN_TIME_LABEL.test(s) ? KST : null;
  const iso = ISO.exec(s)?.groups;
  if (iso) return build(iso, Number(iso['m']), zone);
  const ko = KOREAN_YMD.exec(s)?.groups;
  if (ko) return build(ko, Number(ko['m']), KST);
  for (const re of [MONTH_DAY_YEAR, DAY_MONTH_YEAR]) {
    const g = re.exec(s)?.groups;
    const month = monthOf(g?.['mon']);
    if (g && month) return build(g, month);
  }
  const sl = SLASHED.exec(s)?.groups;
  return sl ? build(sl, Number(sl['m']), zone) : null;
}

/** The day a URL's path names (/2019/11/19/...), as "YYYY-MM-DD"; or null. */
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
  const [y, m, d] = [Number(g['y']), Number(g['m']), Number(g['d'])];
  return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}
