import type { TypedSpan } from '../consistency.js';
import type { MentionRule } from './rule.js';

/**
 * Person names have no digits and do not mix all-capital words with capitalised ones; product and model
 * names do ("A350 XWB", "Mac OS X", "PT Cruiser", "OS X Tiger" came out PER). Such a "person" is a
 * product, MISC in the tagger's classes. Initials ("J.", "J.R."), Roman numerals ("Henry VIII") and
 * names written all in capitals ("KIM JONG UN" in a headline) keep their class. A name followed by a
 * number is a flight or a model too ("Adam Air Flight 574", "Boeing 747"): people are not numbered.
 */
const NUMBER_AFTER = /^ \p{N}/u;
const DIGIT = /\p{N}/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const ROMAN = /^[IVX]+$/u;

function looksLikeProduct(name: string): boolean {
  if (DIGIT.test(name)) return true;
  const words = name.split(/\s+/u);
  const caps = words.some((w) => ALL_CAPS.test(w) && !ROMAN.test(w));
  return caps && words.some((w) => CAPITALISED.test(w));
}

export const productName: MentionRule = {
  id: 'tagger/product-name',
  apply: (mentions, { text }) =>
    mentions.map((m): TypedSpan =>
      m.type === 'PER' &&
      (looksLikeProduct(text.slice(m.start, m.end)) || NUMBER_AFTER.test(text.slice(m.end, m.end + 2)))
        ? { ...m, type: 'MISC' }
        : m,
    ),
};
