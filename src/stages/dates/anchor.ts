// The reference day relative dates resolve against: the publication date, else the dateline's day.
import type { Day } from './calendar.js';
import { dayOf, daysInMonth, parseIsoDay } from './calendar.js';
import { MONTH, monthNumber } from './lexicon.js';

export interface Reference {
  day: Day;
  anchor: 'publishedAt' | 'dateline';
}

/** Korea Standard Time, UTC+9, with no daylight saving. */
const KST_MINUTES = 9 * 60;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/u;
const DATELINE_DATE = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'u');
const DATELINE_MONTH = 1;
const DATELINE_DATE_GROUP = 2;
const DATELINE_YEAR = 3;

/**
 * The calendar day of a publication date. A timestamp with a zone is read in the source's zone: Korea
 * time for Korean sources (an article stamped 2024-01-17T20:00Z is dated 01-18 in Seoul); a bare date
 * is taken as printed.
 */
export function publicationDay(publishedAt: string, korean: boolean): Day | null {
  if (!TIMESTAMP.test(publishedAt)) return parseIsoDay(publishedAt);
  const ms = Date.parse(publishedAt);
  if (Number.isNaN(ms)) return parseIsoDay(publishedAt);
  if (!korean) return parseIsoDay(publishedAt);
  return Math.floor((ms + KST_MINUTES * 60_000) / 86_400_000);
}

/**
 * A dateline's day when it prints a full date ("SEOUL, Jan. 18, 2024 (Yonhap)"). One without a year
 * ("SEOUL, April 6 (Yonhap)") gives no day: the year would be a guess.
 */
export function datelineDay(dateline: string): Day | null {
  const m = DATELINE_DATE.exec(dateline);
  const month = monthNumber(m?.[DATELINE_MONTH] ?? '');
  if (!m || !month) return null;
  const year = Number(m[DATELINE_YEAR]);
  const date = Number(m[DATELINE_DATE_GROUP]);
  return date >= 1 && date <= daysInMonth(year, month) ? dayOf(year, month, date) : null;
}

/** Korean when the text's language is Korean or the page or dateline is from a Korean outlet. */
export function isKoreanSource(doc: {
  language: string | null;
  url: string | null;
  dateline: string | null;
}): boolean {
  if (doc.language === 'ko') return true;
  if (doc.url && /^https?:\/\/[^/]+\.(?:kr|kp)(?:[:/]|$)/iu.test(doc.url)) return true;
  return doc.dateline !== null && /\((?:Yonhap|KCNA|KCTV)\)/u.test(doc.dateline);
}

export function referenceOf(doc: {
  publishedAt: string | null;
  dateline: string | null;
  language: string | null;
  url: string | null;
}): Reference | null {
  const published = doc.publishedAt ? publicationDay(doc.publishedAt, isKoreanSource(doc)) : null;
  if (published !== null) return { day: published, anchor: 'publishedAt' };
  const fromDateline = doc.dateline ? datelineDay(doc.dateline) : null;
  return fromDateline !== null ? { day: fromDateline, anchor: 'dateline' } : null;
}
