import { h } from './dom.js';
import { segments, type Annotation } from './spans.js';

export type { Annotation } from './spans.js';
export { paragraphAround } from './spans.js';

/**
 * The text as paragraphs (split on blank lines, as Document.text joins them) with annotated pieces in
 * <mark> elements. Everything is a text node: the article's own characters are never parsed as markup.
 */
export function highlightedParagraphs(text: string, annotations: Annotation[]): HTMLParagraphElement[] {
  const paragraphs: HTMLParagraphElement[] = [];
  let current = h('p');
  for (const segment of segments(text, annotations)) {
    const pieces = text.slice(segment.start, segment.end).split(/\n{2,}/);
    pieces.forEach((piece, i) => {
      if (i > 0) {
        paragraphs.push(current);
        current = h('p');
      }
      // An id goes on the first piece of its annotation only, so it stays unique in the page.
      const first = i === 0 ? segment.start : -1;
      if (piece) current.appendChild(pieceNode(piece, segment.covering, first));
    });
  }
  paragraphs.push(current);
  return paragraphs.filter((p) => p.childNodes.length > 0);
}

function pieceNode(piece: string, covering: Annotation[], firstAt: number): Node {
  if (covering.length === 0) return document.createTextNode(piece);
  const kinds = [...new Set(covering.map((a) => a.kind))];
  const mark = h('mark', {
    class: kinds.join(' '),
    title: covering.map((a) => a.label).join('; '),
    'data-kinds': kinds.join(' '),
  });
  const withId = covering.find((a) => a.id && a.start === firstAt);
  if (withId?.id) mark.id = withId.id;
  mark.appendChild(document.createTextNode(piece));
  return mark;
}
