import { endsAsSentence, wordCount } from '../lines.js';

export const HEADLINE_RULE_ID = 'extract/headline';

/**
 * Whether a leading line reads as a headline: the seed's "S. Korean, US nuclear envoys vow to
 * 'resolutely' counter NK-Russia arms trade" stands above its text with no full stop. Two to
 * thirty words, starts with a capital or a quote, and does not end as a sentence or a clause does
 * (a headline may end in "?" or "!", or with a quote). Only the first content line is asked.
 */
export function looksLikeHeadline(text: string): boolean {
  const words = wordCount(text);
  if (words < 2 || words > 30 || text.length > 250) return false;
  if (!/^[\p{Lu}\d"'“‘]/u.test(text)) return false;
  if (/[,;:]$/.test(text)) return false;
  return !endsAsSentence(text) || /[?!]["'”’]?$/.test(text);
}
