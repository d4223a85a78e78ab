/**
 * Wire and agency datelines at the start of a paragraph: "SEOUL, April 6 (Yonhap) --",
 * "Pyongyang, July 3 (KCNA) --", "WASHINGTON (AP) —", "MOSCOW, Jan. 17 (Reuters) -".
 * Used by the scraped-text extractor and usable by the HTML one (a first <p> often starts so).
 */

export interface Dateline {
  /** The dateline as printed, without its separator: "SEOUL, April 6 (Yonhap)". */
  text: string;
  /** "SEOUL", "Pyongyang", "UNITED NATIONS". */
  place: string;
  /** 1-12, or null when the dateline names no day ("WASHINGTON (AP) —"). */
  month: number | null;
  day: number | null;
  /** Printed years are rare in datelines, but kept when present ("Jan. 17, 2024"). */
  year: number | null;
  /** "Yonhap", "KCNA", "AP"; null for a newspaper's own "WASHINGTON —". */
  agency: string | null;
  /** The paragraph after the separator. */
  rest: string;
}

const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^jan(?:uary)?$/i, 1],
  [/^feb(?:ruary)?$/i, 2],
  [/^mar(?:ch)?$/i, 3],
  [/^apr(?:il)?$/i, 4],
  [/^may$/i, 5],
  [/^june?$/i, 6],
  [/^july?$/i, 7],
  [/^aug(?:ust)?$/i, 8],
  [/^sept?(?:ember)?$/i, 9],
  [/^oct(?:ober)?$/i, 10],
  [/^nov(?:ember)?$/i, 11],
  [/^dec(?:ember)?$/i, 12],
];

const MONTH_WORD =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';

/** A place: one to four words, each capitalized ("Pyongyang", "UNITED NATIONS", "Panmunjom"). */
const PLACE = "[A-Z][\\p{L}.'’-]*(?: [A-Z][\\p{L}.'’-]*){0,3}";
/** Separators seen after datelines: "--" (KCNA, Yonhap), em/en dash (AP), hyphen (Reuters). */
const SEPARATOR = '--|—|–|-';

const DATELINE_RE = new RegExp(
  `^(?<head>(?<place>${PLACE})` +
    `(?:, (?<month>${MONTH_WORD}) (?<day>\\d{1,2})(?:, (?<year>\\d{4}))?)?` +
    `(?: \\((?<agency>[^()]{1,40})\\))?)` +
    ` ?(?:${SEPARATOR}) ?(?<rest>[^\\s—–-].*)$`,
  'su',
);
// Named groups of DATELINE_RE.
const G_HEAD = 'head';
const G_PLACE = 'place';
const G_MONTH = 'month';
const G_DAY = 'day';
const G_YEAR = 'year';
const G_AGENCY = 'agency';
const G_REST = 'rest';

/**
 * Parses a dateline at the start of `paragraph`, or returns null. Without an agency in parentheses
 * the place must be printed in capitals ("WASHINGTON —"), so an ordinary sentence such as
 * "Kim Jong Un - the leader" or "Seoul - Busan trains" is never taken for a dateline.
 */
export function parseDateline(paragraph: string): Dateline | null {
  const m = DATELINE_RE.exec(paragraph.trim());
  const g = m?.groups;
  if (!g) return null;
  const place = g[G_PLACE] ?? '';
  const agency = g[G_AGENCY] ?? null;
  const monthWord = g[G_MONTH];
  if (agency === null && (place !== place.toUpperCase() || !/\p{Lu}{2}/u.test(place))) return null;
  const month = monthWord === undefined ? null : monthNumber(monthWord);
  const day = g[G_DAY] === undefined ? null : Number(g[G_DAY]);
  if (day !== null && (day < 1 || day > 31)) return null;
  return {
    text: (g[G_HEAD] ?? '').trim(),
    place,
    month,
    day,
    year: g[G_YEAR] === undefined ? null : Number(g[G_YEAR]),
    agency,
    rest: g[G_REST] ?? '',
  };
}

function monthNumber(word: string): number | null {
  const bare = word.replace(/\.$/, '');
  return MONTHS.find(([re]) => re.test(bare))?.[1] ?? null;
}

/**
 * The full date of a month/day printed without a year, given a reference date (a feed's date,
 * a URL date): the nearest such day not after the reference. A story filed "December 31" and
 * fed on 2024-01-01 is 2023-12-31. Returns null for an impossible day (February 30) or a bad
 * reference, never a guess.
 */
export function resolveMonthDay(month: number, day: number, reference: string): string | null {
  const ref = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/.exec(reference)?.groups;
  if (!ref) return null;
  const refTime = Date.UTC(Number(ref['y']), Number(ref['m']) - 1, Number(ref['d']));
  // Four years back always reaches a leap year, for "February 29".
  for (let year = Number(ref['y']); year >= Number(ref['y']) - 4; year--) {
    const t = Date.UTC(year, month - 1, day);
    const d = new Date(t);
    if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) continue;
    if (t <= refTime) return d.toISOString().slice(0, 10);
  }
  return null;
}
