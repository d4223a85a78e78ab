// Rule actors/country-modifier: a country, demonym or capital right before a body or title gives its
// code: "South Korea's Foreign Ministry" → KOR, "Japanese Foreign Ministry" → JPN, "Russian President" → RUS,
// "US Senior Official" → USA. Motivating case: the seed page's two foreign ministries (KOR and JPN).
// Rule actors/country-of: a country a title is "of" gives its code, KCNA's word order: "minister of
// External Economic Relations of the DPRK", "charge d'affaires ad interim of the Russian embassy".
import { firstStartingAt } from '../../../core/span.js';
import type { Mention } from '../../entities/index.js';
import { loadGazetteer } from '../gazetteer/index.js';

export const RULE_ID = 'actors/country-modifier';
export const OF_RULE_ID = 'actors/country-of';

export interface ModifierFound {
  code: string;
  mention: Mention;
  ruleId: string;
}

/**
 * Only a possessive or a space may stand between the modifier and what it modifies, after the
 * closing bracket of an abbreviation: "Republic of Korea (ROK) First Vice Foreign Minister".
 */
const JOINER = /^\)?(?:['’]s)?\s+$/u;
const COUNTRY_TYPES = new Set(['GPE', 'NORP']);
/** Lower-case words, then "of (the)": "ad interim of the ", " of the ". */
const OF_JOINER = /^[\s\p{Ll}'’-]*\bof\s+(?:the\s+)?$/u;
/** Each "of (the)" inside a title: the words after one of them may be the country it is "of". */
const OF_WORD = /\bof\s+(?:the\s+)?(?=\p{Lu})/gu;
const PLACE_KINDS = new Set(['country', 'demonym', 'capital']);

function codeOf(mention: Mention): string | null {
  const codes = new Set(mention.candidates.map((c) => c.actor.code).filter((c) => c !== null));
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

/** The country/demonym mention directly before `target`, and its code. */
export function modifierOf(
  text: string,
  mentions: readonly Mention[],
  target: Mention,
): ModifierFound | null {
  // Every body and title asks, and the one before it is usually near: searched back from its place
  // (the entities stage gives mentions in text order).
  let last: Mention | undefined;
  for (let i = firstStartingAt(mentions, target.start) - 1; i >= 0 && !last; i -= 1) {
    const m = mentions[i]!;
    if (m.end <= target.start && COUNTRY_TYPES.has(m.type)) last = m;
  }
  if (!last || !JOINER.test(text.slice(last.end, target.start))) return null;
  const code = codeOf(last);
  return code ? { code, mention: last, ruleId: RULE_ID } : null;
}

export function modifierCode(text: string, mentions: readonly Mention[], target: Mention): string | null {
  return modifierOf(text, mentions, target)?.code ?? null;
}

/**
 * The country named at the end of a title's own words, longest first: "… of the Foreign Ministry of the
 * Democratic People's Republic of Korea" is PRK, not the ambiguous "Korea".
 */
function tailCountry(title: Mention): Mention | null {
  for (const of of title.text.matchAll(OF_WORD)) {
    const name = title.text.slice(of.index + of[0].length);
    const candidates = loadGazetteer()
      .lookup(name)
      .filter((c) => PLACE_KINDS.has(c.kind));
    if (candidates.length === 0) continue;
    const start = title.start + of.index + of[0].length;
    return { start, end: start + name.length, type: 'GPE', text: name, candidates, source: 'gazetteer' };
  }
  return null;
}

/** The country a title is "of": a country or demonym within a few lower-case words after it, or inside it. */
export function countryOf(text: string, mentions: readonly Mention[], title: Mention): ModifierFound | null {
  const after = mentions.find(
    (m) => m.start >= title.end && m.start - title.end < 40 && COUNTRY_TYPES.has(m.type),
  );
  const code = after && OF_JOINER.test(text.slice(title.end, after.start)) ? codeOf(after) : null;
  if (after && code) return { code, mention: after, ruleId: OF_RULE_ID };
  const inner = tailCountry(title);
  const innerCode = inner ? codeOf(inner) : null;
  return inner && innerCode ? { code: innerCode, mention: inner, ruleId: OF_RULE_ID } : null;
}
