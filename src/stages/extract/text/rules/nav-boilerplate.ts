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

export const navBoilerplate: LineRule = {
  id: 'extract/nav-boilerplate',
  kind: 'boilerplate',
  test: (text) =>
    isBoilerplateLine(text) || EXTRA_LABELS.has(text.toLowerCase().replace(/[\s:>»|·•-]+$/u, '')),
};
