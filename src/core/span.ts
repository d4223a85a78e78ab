/** Half-open character range [start, end) in a document's `text` (JavaScript string indices). */
export interface Span {
  start: number;
  end: number;
}
