// Direct quotations in the clean text: straight and curly double quotes, partial quotes inside a sentence and
// quotes that run over several paragraphs (a paragraph opens a quote and does not close it, the next re-opens).
import type { Span } from '../../core/span.js';

export interface QuoteSpan extends Span {
  /** The quoted words of each paragraph, without the marks. */
  segments: Span[];
  /** The span from the first opening mark to the last closing mark (or paragraph end) inclusive. */
  outer: Span;
  /** False when a paragraph ended inside the quote and no paragraph re-opened it. */
  closed: boolean;
}

/** Fewer words than this between marks is a scare quote or a term ("sincere presents"), not a quotation. */
export const MIN_WORDS = 3;

const OPEN_CURLY = '“';
const CLOSE_CURLY = '”';
const STRAIGHT = '"';

/** Paragraphs are lines: the extractor joins them by blank lines, feeds and KCNA copy by single newlines. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

interface Mark {
  at: number;
  opens: boolean;
}

/** A straight quote opens when nothing is open and a word follows it; otherwise it closes. */
function marksOf(text: string, para: Span): Mark[] {
  const marks: Mark[] = [];
  let open = false;
  for (let i = para.start; i < para.end; i++) {
    const c = text.charAt(i);
    if (c === OPEN_CURLY || (c === STRAIGHT && !open && /\S/.test(text.charAt(i + 1)))) {
      if (!open) marks.push({ at: i, opens: true });
      open = true;
    } else if ((c === CLOSE_CURLY || c === STRAIGHT) && open) {
      marks.push({ at: i, opens: false });
      open = false;
    }
  }
  return marks;
}

/** A quote being read: where its first mark is and the paragraphs' quoted words so far. */
interface Pending {
  outerStart: number;
  segments: Span[];
}

const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Every quotation of at least MIN_WORDS words, in text order. */
export function findQuotes(text: string): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  let pending: Pending | null = null;
  for (const para of paragraphs(text)) {
    const marks = marksOf(text, para);
    // A quote left open by the previous paragraph continues only if this one re-opens at its start.
    if (pending && !(marks[0]?.opens && marks[0].at === para.start)) {
      found.push(finish(pending, pending.segments.at(-1)?.end ?? para.start, false));
      pending = null;
    }
    for (let i = 0; i < marks.length; i++) {
      const mark = marks[i];
      if (!mark?.opens) continue;
      const close = marks[i + 1];
      const current: Pending = pending ?? { outerStart: mark.at, segments: [] };
      pending = null;
      if (close) {
        current.segments.push({ start: mark.at + 1, end: close.at });
        found.push(finish(current, close.at + 1, true));
        i++;
      } else {
        current.segments.push({ start: mark.at + 1, end: para.end });
        pending = current;
      }
    }
  }
  if (pending) found.push(finish(pending, pending.segments.at(-1)?.end ?? text.length, false));
  return found.filter((q) => words(q.segments.map((s) => text.slice(s.start, s.end)).join(' ')) >= MIN_WORDS);
}

function finish(q: Pending, outerEnd: number, closed: boolean): QuoteSpan {
  const first = q.segments[0] ?? { start: q.outerStart, end: q.outerStart };
  const last = q.segments.at(-1) ?? first;
  return {
    start: first.start,
    end: last.end,
    segments: q.segments,
    outer: { start: q.outerStart, end: outerEnd },
    closed,
  };
}

/** The quoted words, paragraphs joined by a blank line, without the comma that hands over to "X said". */
export function quoteText(text: string, q: QuoteSpan): string {
  return q.segments
    .map((s) => text.slice(s.start, s.end).trim())
    .join('\n\n')
    .replace(/,$/, '');
}
