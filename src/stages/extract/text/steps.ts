import type { Message } from '../../../core/message.js';
import { message } from '../../../core/message.js';
import { parseByline } from '../shared/byline.js';
import { parseDateline, resolveMonthDay } from '../shared/dateline.js';
import { classify, type Line, type LineRule } from './lines.js';
import { stripGluedEndMark } from './rules/end-mark.js';
import { HEADLINE_RULE_ID, looksLikeHeadline } from './rules/headline.js';
import { placeLine } from './rules/index.js';

/** Applies rules that may fire on any line (navigation labels between paragraphs). */
export function classifyAnywhere(lines: Line[], rules: readonly LineRule[]): void {
  for (const line of lines) {
    if (line.kind !== 'body') continue;
    const rule = rules.find((r) => r.test(line.text, { previous: null, lines }));
    if (rule) classify(line, rule);
  }
}

/** Walks down from the top, classifying header lines until one no rule claims (the body's start). */
export function walkLead(lines: Line[], rules: readonly LineRule[]): void {
  let previous: Line | null = null;
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    if (line.kind === 'body') {
      const rule = rules.find((r) => r.test(line.text, { previous, lines }));
      if (!rule) return;
      classify(line, rule);
    }
    previous = line;
  }
}

/**
 * Walks up from the end: an end mark glued to a paragraph is cut off and ends the walk (the text
 * before it is the story's last paragraph); otherwise trailing lines are classified until one no
 * rule claims. The first body line is never taken, so a one-line text survives whole.
 */
export function walkTail(lines: Line[], rules: readonly LineRule[]): void {
  const first = lines.findIndex((l) => l.kind === 'body');
  let previous: Line | null = null;
  for (let i = lines.length - 1; i > first; i--) {
    const line = lines[i];
    if (!line || line.kind === 'blank') continue;
    if (line.kind === 'body') {
      const stripped = stripGluedEndMark(line.text);
      if (stripped !== null) {
        line.text = stripped;
        return;
      }
      const rule = rules.find((r) => r.test(line.text, { previous, lines }));
      if (!rule) return;
      classify(line, rule);
    }
    previous = line;
  }
  const only = lines[first];
  const stripped = only ? stripGluedEndMark(only.text) : null;
  if (only && stripped !== null) only.text = stripped;
}

/**
 * The title: a feed's title is used as given, and the line repeating it above the text is dropped;
 * without one, the first content line when it reads as a headline and more text follows it.
 */
export function findTitle(lines: Line[], given: string | null): string | null {
  const body = lines.filter((l) => l.kind === 'body');
  const first = body[0];
  if (!first) return given;
  if (given) {
    if (normalize(first.text) === normalize(given)) classify(first, { id: HEADLINE_RULE_ID, kind: 'title' });
    return given;
  }
  if (body.length < 2 || !looksLikeHeadline(first.text)) return null;
  classify(first, { id: HEADLINE_RULE_ID, kind: 'title' });
  return first.text;
}

const normalize = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Names and e-mails of every byline line, in order, without repeats. */
export function collectBylines(lines: Line[]): { names: string[]; emails: string[] } {
  const names = new Set<string>();
  const emails = new Set<string>();
  for (const line of lines) {
    if (line.kind !== 'byline') continue;
    const b = parseByline(line.text);
    b?.names.forEach((n) => names.add(n));
    b?.emails.forEach((e) => emails.add(e));
  }
  return { names: [...names], emails: [...emails] };
}

export interface DatelineFound {
  text: string;
  month: number | null;
  day: number | null;
  year: number | null;
}

/**
 * The dateline. Decision: a wire dateline ("Pyongyang, July 3 (KCNA) --") is cut from the first
 * paragraph and kept in `dateline`, so the body starts with the story's first words, as an analyst
 * reads it and as the seed's gold first sentence shows for a page without one; the words stay
 * available in the field. Without a wire dateline, a place line above a release ("Washington, D.C.")
 * is the dateline, printed without a date.
 */
export function takeDateline(lines: Line[]): DatelineFound | null {
  const first = lines.find((l) => l.kind === 'body');
  const wire = first ? parseDateline(first.text) : null;
  if (first && wire && wire.rest.trim() !== '') {
    first.text = wire.rest.trim();
    return { text: wire.text, month: wire.month, day: wire.day, year: wire.year };
  }
  const place = lines.find((l) => l.ruleId === placeLine.id);
  return place ? { text: place.text, month: null, day: null, year: null } : null;
}

/**
 * The publication date: a given one as given; else the dateline's month and day resolved against the
 * known date (a date stamp printed in the text, else the page address's date); else the known date.
 * A dateline with no year and nothing to resolve it against leaves the date null (never guessed),
 * with a note.
 */
export function resolvePublished(
  dateline: DatelineFound | null,
  given: string | null,
  known: string | null,
): { publishedAt: string | null; messages: Message[] } {
  const { month, day, year } = dateline ?? { month: null, day: null, year: null };
  if (given) {
    const printed = month && day ? resolveMonthDay(month, day, given.slice(0, 10)) : null;
    const off = printed !== null && Math.abs(Date.parse(printed) - Date.parse(given.slice(0, 10))) > 86400000;
    const note = `the dateline "${dateline?.text ?? ''}" is not within a day of the given date ${given}`;
    return {
      publishedAt: given,
      messages: off ? [message('warning', 'extract/dateline-mismatch', note)] : [],
    };
  }
  if (!month || !day) return { publishedAt: known, messages: [] };
  if (year) return { publishedAt: resolveMonthDay(month, day, `${year}-12-31`), messages: [] };
  if (known) return { publishedAt: resolveMonthDay(month, day, known), messages: [] };
  const note = `the dateline "${dateline?.text ?? ''}" gives no year and the extractor was given no date to resolve it against`;
  return { publishedAt: null, messages: [message('info', 'extract/dateline-no-year', note)] };
}
