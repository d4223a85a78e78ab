import type { TypedSpan } from '../consistency.js';
import type { MentionRule } from './rule.js';

/**
 * A maker's name followed by a model designation names a product, not the maker: "Airbus A380", "Boeing
 * 787", "Airbus A330-200", "Ford F-150". OntoNotes (PRODUCT) and MEANTIME (PRO) annotate the whole as a
 * product; the tagger typed the maker ORG and the designation MISC or nothing. The maker mention becomes
 * MISC (it is the product name's first word). A designation has a digit; a year ("Boeing 2007 results") is
 * four digits alone and does not count.
 */
const DESIGNATION_AFTER = /^ (?!(?:19|20)\d\d\b)(?:\p{Lu}{1,3}-?)?\d[\p{L}\p{N}-]*\b/u;

export const modelDesignation: MentionRule = {
  id: 'tagger/model-designation',
  apply: (mentions, { text }) =>
    mentions.map((m): TypedSpan =>
      m.type === 'ORG' && DESIGNATION_AFTER.test(text.slice(m.end, m.end + 16)) ? { ...m, type: 'MISC' } : m,
    ),
};
