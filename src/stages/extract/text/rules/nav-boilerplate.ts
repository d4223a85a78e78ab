import type { LineRule } from '../lines.js';
import { isBoilerplateLine } from '../../shared/boilerplate.js';

/**
 * Navigation and widget labels a scraper flattens into the text: "Back To Top" above the seed's
 * headline, "MOST POPULAR" / "LATEST NEWS" / "subscribe" under its byline. The shared line patterns
 * (also used by the HTML extractor) come first; the labels below are ones a flattened page prints
 * bare that those patterns leave alone. Only a whole line matches, so a sentence or a quoted line in
 * capitals is never dropped.
 */
const EXTRA_LABELS = new Set([
  'latest news',
  'latest',
  'breaking news',
  'top',
  'previous article',
  'next article',
]);

const LONGEST_LABEL = Math.max(...[...EXTRA_LABELS].map((label) => label.length));
const TRAILING = /[\s:>»|·•-]/u;

/**
 * The line without trailing separators, lower-cased, is one of the labels. Every line of the body asks,
 * so a line longer than any label is answered before it is copied (lower-casing never shortens a line,
 * and the separators are neither letters nor changed by it).
 */
function isExtraLabel(text: string): boolean {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1] ?? '')) end--;
  return end <= LONGEST_LABEL && EXTRA_LABELS.has(text.slice(0, end).toLowerCase());
}

export const navBoilerplate: LineRule = {
  id: 'extract/nav-boilerplate',
  kind: 'boilerplate',
  test: (text) => isBoilerplateLine(text) || isExtraLabel(text),
};
