import type { LineRule } from '../lines.js';

/**
 * Navigation and widget labels a scraper flattens into the text: "Back To Top" above the seed's
 * headline, "MOST POPULAR" / "LATEST NEWS" / "subscribe" under its byline. Only a whole line that is
 * one of these labels matches, so a sentence or a quoted line in capitals is never dropped.
 */
const LABELS = new Set([
  'back to top',
  'top',
  'most popular',
  'most read',
  'most viewed',
  'latest news',
  'latest',
  'top stories',
  'related articles',
  'related news',
  'related stories',
  'recommended',
  'read more',
  'more news',
  'subscribe',
  'subscribe now',
  'sign up',
  'sign in',
  'log in',
  'share',
  'share this article',
  'share this',
  'tweet',
  'print',
  'email',
  'e-mail',
  'advertisement',
  'ad',
  'follow us',
  'skip to content',
  'skip to main content',
  'menu',
  'home',
  'search',
  'copyright',
  'all rights reserved',
  'comments',
  'list',
  'previous article',
  'next article',
]);

export const navBoilerplate: LineRule = {
  id: 'extract/nav-boilerplate',
  kind: 'boilerplate',
  test: (text) => LABELS.has(text.toLowerCase().replace(/[\s:>»|·•-]+$/u, '')),
};
