/** Half-open character range [start, end) in a document's `text` (JavaScript string indices). */
export interface Span {
  start: number;
  end: number;
}

/** Index of the first of `sorted` (in order of start) that starts at or after `at`: a binary search. */
export function firstStartingAt(sorted: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether two spans share a character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

// "Does any of these spans overlap this one?" is asked once per mention by the entities stage's merge and
// document passes and by the events stage's actor sources. Asked with `spans.some(overlaps)` it was
// quadratic in the mentions, and a State Department transcript has a thousand of them.
/**
 * A test of whether a span overlaps any of `spans` (shares a character with it: `a.start < b.end &&
 * b.start < a.end`), the same answer as `spans.some(…)` in O(log n): the spans sorted by start, and the
 * furthest end among each prefix of them. The spans overlapping `span` all start before `span.end`; one
 * of them reaches past `span.start` exactly when the furthest of them does.
 */
export function overlapTest(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = new Float64Array(sorted.length);
  const reach = new Float64Array(sorted.length);
  let furthest = -Infinity;
  sorted.forEach((s, i) => {
    furthest = Math.max(furthest, s.end);
    starts[i] = s.start;
    reach[i] = furthest;
  });
  return (span) => {
    // How many spans start before `span.end` (binary search over the sorted starts).
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > span.start;
  };
}
