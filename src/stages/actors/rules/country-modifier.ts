// Rule actors/country-modifier: a country, demonym or capital right before a body or title gives its
// code: "South Korea's Foreign Ministry" → KOR, "Japanese Foreign Ministry" → JPN, "Russian President" → RUS,
// "US Senior Official" → USA. Motivating case: the seed page's two foreign ministries (KOR and JPN).
import type { Mention } from '../../entities/index.js';

export const RULE_ID = 'actors/country-modifier';

/** Only a possessive, a space or "the" may stand between the modifier and what it modifies. */
const JOINER = /^(?:['’]s)?\s+$/u;
const COUNTRY_TYPES = new Set(['GPE', 'NORP']);

/** The country code of the country/demonym mention directly before `target`, if any. */
export function modifierCode(text: string, mentions: readonly Mention[], target: Mention): string | null {
  const before = mentions.filter((m) => m.end <= target.start && COUNTRY_TYPES.has(m.type));
  const last = before[before.length - 1];
  if (!last || !JOINER.test(text.slice(last.end, target.start))) return null;
  const codes = new Set(last.candidates.map((c) => c.actor.code).filter((c) => c !== null));
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}
