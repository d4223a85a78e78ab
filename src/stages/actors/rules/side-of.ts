// Rule actors/side-of: diplomatic reports list the people present by side, "Present there from the DPRK side
// were Kim Hwa Sik, vice-minister of Chemical Industry, …, and from the Russian side were …": a person listed
// after "from (on) the X side", in the same sentence and before another side is named, is on X's side.
// Used when the person's title names no country (KCNA names its own officials without one).
import type { Mention } from '../../entities/index.js';
import type { ModifierFound } from './country-modifier.js';

export const RULE_ID = 'actors/side-of';

const COUNTRY_TYPES = new Set(['GPE', 'NORP']);
const SIDE_BEFORE = /\b(?:from|on)\s+the\s+$/iu;
const SIDE_AFTER = /^\s+side\b/iu;
const SENTENCE_END = /[.!?]\s/u;

function codeOf(mention: Mention): string | null {
  const codes = new Set(mention.candidates.map((c) => c.actor.code).filter((c) => c !== null));
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

/** The side `person` is listed on, when the sentence lists people by side. */
export function sideOf(text: string, mentions: readonly Mention[], person: Mention): ModifierFound | null {
  const sides = mentions.filter(
    (m) =>
      m.end <= person.start &&
      COUNTRY_TYPES.has(m.type) &&
      SIDE_AFTER.test(text.slice(m.end, m.end + 8)) &&
      SIDE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)),
  );
  const side = sides[sides.length - 1];
  if (!side || SENTENCE_END.test(text.slice(side.end, person.start))) return null;
  const code = codeOf(side);
  return code ? { code, mention: side, ruleId: RULE_ID } : null;
}
