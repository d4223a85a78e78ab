// Rule actors/person-title: a title right before a name ("Foreign Minister Choe Son-hui", "Kremlin
// Spokesman Dmitry Peskov", "Russian President Vladimir Putin") or in an appositive right after it
// ("Kim Gunn, South Korean special representative for …", "Yun Jong Ho, minister of External Economic
// Relations of the DPRK", "Vladimir Topeha, charge d'affaires ad interim of the Russian embassy") gives
// the person's role and sector; the title's country modifier, or a country it is "of", gives the code.
// "former" before a title makes a former official: CAMEO's ELI ("former Japanese Prime Minister Abe Shinzo").
import type { ActorReason } from '../../../core/document.js';
import type { Mention } from '../../entities/index.js';
import { reason } from '../reasons.js';
import { countryOf, modifierOf } from './country-modifier.js';

export const RULE_ID = 'actors/person-title';
export const FORMER_RULE_ID = 'actors/former-title';

export interface TitleFound {
  role: string;
  sector: string | null;
  code: string | null;
  /** The title, then whatever gave its code or made it former. */
  reasons: ActorReason[];
}

/** Between a title and the name after it: nothing, or a comma ("US Senior Official for North Korea, Jung Pak"). */
const BEFORE_NAME = /^\s*,?\s*$/u;
/** Between a name and its appositive: a comma, then optionally "the", a country word and a space. */
const APPOSITIVE = /^\s*(?:\([^)]*\))?\s*,\s*(?:the\s+)?$/iu;
/** "former" (or "late", "ex-") right before the title or its country modifier. */
const FORMER = /\b(?:former|late|ex-)\s*$/iu;

function found(text: string, mentions: readonly Mention[], title: Mention): TitleFound {
  const top = title.candidates[0];
  const reasons = [reason(text, RULE_ID, title, top?.id ?? null)];
  const modifier = modifierOf(text, mentions, title) ?? countryOf(text, mentions, title);
  const code = top?.actor.code ?? modifier?.code ?? null;
  if (!top?.actor.code && modifier) reasons.push(reason(text, modifier.ruleId, modifier.mention));
  const from = modifier && modifier.mention.end <= title.start ? modifier.mention.start : title.start;
  const former = FORMER.exec(text.slice(Math.max(0, from - 12), from));
  const role = top?.actor.role ?? title.text;
  if (!former) return { role, sector: top?.actor.sector || null, code, reasons };
  const span = { start: from - former[0].length, end: from };
  reasons.push(reason(text, FORMER_RULE_ID, span));
  return { role: `former ${role}`, sector: 'ELI', code, reasons };
}

/** The title attached to the person mention `person`, if one is adjacent. */
export function titleOf(text: string, mentions: readonly Mention[], person: Mention): TitleFound | null {
  // Every person mention asks: the mentions are searched in place, the title before from the end.
  const prior = mentions.findLast(
    (t) => t.type === 'TITLE' && t.end <= person.start && BEFORE_NAME.test(text.slice(t.end, person.start)),
  );
  if (prior) return found(text, mentions, prior);
  for (const t of mentions) {
    if (t.type !== 'TITLE' || t.start < person.end || t.start - person.end > 60) continue;
    const between = text.slice(person.end, t.start);
    const country = mentions.find((m) => m.start >= person.end && m.end <= t.start && m.type === 'NORP');
    const gap = country ? text.slice(person.end, country.start) : between;
    if (APPOSITIVE.test(gap)) return found(text, mentions, t);
  }
  return null;
}
