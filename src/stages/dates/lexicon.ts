// Words the rules share: month and weekday names (with news abbreviations, "Jan." "Sept."), number words.

/** Month names, January first, in lower case. */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month names and their abbreviations as one alternation; "May" only as a full word. */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![a-z])';

export const WEEKDAY = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

/** 1–12 for a month name or abbreviation, null otherwise. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/u, '');
  const i = MONTHS.findIndex((m) => m.startsWith(w) && w.length >= 3);
  return i < 0 ? null : i + 1;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayNumber(word: string): number | null {
  const i = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? null : i;
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** A count written as digits or a word up to twelve ("a" and "an" are one). */
export const COUNT = `(?:\\d{1,3}|an?|${NUMBER_WORDS.join('|')})`;

export function countValue(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'a' || w === 'an') return 1;
  if (/^\d+$/u.test(w)) return Number(w);
  const i = NUMBER_WORDS.indexOf(w);
  return i < 0 ? null : i;
}
