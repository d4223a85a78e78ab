/**
 * Span arithmetic for highlighting, free of the DOM so it can be tested in Node (test/ui/spans.test.ts).
 */

/** A stretch of the article to mark: its span in the text, a kind (a CSS class) and a label for the title. */
export interface Annotation {
  start: number;
  end: number;
  kind: 'entity' | 'event' | 'quote' | 'evidence';
  label: string;
  /** An element id for the first piece (the `hl` target of the article page). */
  id?: string;
}

/** A piece of text between two boundaries and the annotations covering all of it. */
export interface Segment {
  start: number;
  end: number;
  covering: Annotation[];
}

/**
 * Cuts `text` at every annotation boundary so overlapping spans (an entity inside an event's sentence
 * inside a quote) need no nesting: each piece carries the classes of everything covering it.
 * Spans outside the text are clipped; empty ones are dropped.
 */
export function segments(text: string, annotations: Annotation[]): Segment[] {
  const valid = annotations
    .map((a) => ({ ...a, start: Math.max(0, a.start), end: Math.min(text.length, a.end) }))
    .filter((a) => a.start < a.end);
  const cuts = new Set([0, text.length]);
  for (const a of valid) cuts.add(a.start).add(a.end);
  const points = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    out.push({ start, end, covering: valid.filter((a) => a.start <= start && a.end >= end) });
  }
  return out;
}

/** The sentence-sized window around [start, end): from the paragraph start to its end. */
export function paragraphAround(text: string, start: number, end: number): { from: number; to: number } {
  const before = text.lastIndexOf('\n\n', start);
  const after = text.indexOf('\n\n', end);
  return { from: before === -1 ? 0 : before + 2, to: after === -1 ? text.length : after };
}
