// Rule actors/person-title: a title right before a name ("Foreign Minister Choe Son-hui", "Kremlin
// Spokesman Dmitry Peskov", "Russian President Vladimir Putin") or in an appositive right after it
// ("Kim Gunn, South Korean special representative for …", "Hiroyuki Namazu, director general for …")
// gives the person's role and sector, and the country modifier of the title gives the code.
import type { Mention } from '../../entities/index.js';
import { modifierCode } from './country-modifier.js';

export const RULE_ID = 'actors/person-title';

export interface TitleFound {
  role: string;
  sector: string | null;
  code: string | null;
}

/** Between a title and the name after it: nothing, or a comma ("US Senior Official for North Korea, Jung Pak"). */
const BEFORE_NAME = /^\s*,?\s*$/u;
/** Between a name and its appositive: a comma, then optionally "the", a country word and a space. */
const APPOSITIVE = /^\s*(?:\([^)]*\))?\s*,\s*(?:the\s+)?$/iu;

function found(text: string, mentions: readonly Mention[], title: Mention): TitleFound {
  const top = title.candidates[0];
  const code = top?.actor.code ?? modifierCode(text, mentions, title);
  return { role: top?.actor.role ?? title.text, sector: top?.actor.sector || null, code };
}

/** The title attached to the person mention `person`, if one is adjacent. */
export function titleOf(text: string, mentions: readonly Mention[], person: Mention): TitleFound | null {
  const titles = mentions.filter((m) => m.type === 'TITLE');
  const before = titles.filter(
    (t) => t.end <= person.start && BEFORE_NAME.test(text.slice(t.end, person.start)),
  );
  const prior = before[before.length - 1];
  if (prior) return found(text, mentions, prior);
  for (const t of titles) {
    if (t.start < person.end || t.start - person.end > 60) continue;
    const between = text.slice(person.end, t.start);
    const country = mentions.find((m) => m.start >= person.end && m.end <= t.start && m.type === 'NORP');
    const gap = country ? text.slice(person.end, country.start) : between;
    if (APPOSITIVE.test(gap)) return found(text, mentions, t);
  }
  return null;
}
