// Stretches of a text inside quotation marks, paragraph by paragraph: straight and curly marks alike
// open and close in turn, and a quotation left open ends with its paragraph.
import type { Span } from './span.js';

export function quotedRanges(text: string): Span[] {
  const ranges: Span[] = [];
  let open: number | null = null;
  for (const m of text.matchAll(/["“”]|\n/gu)) {
    if (m[0] === '\n') open = null;
    else if (open === null) open = m.index;
    else {
      ranges.push({ start: open, end: m.index + 1 });
      open = null;
    }
  }
  return ranges;
}

/** Whether `offset` lies strictly inside one of `ranges` (quotedRanges, in text order). */
export function isQuoted(ranges: readonly Span[], offset: number): boolean {
  return ranges.some((q) => q.start < offset && offset < q.end);
}
