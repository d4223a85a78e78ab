// Countries inside a person's title name the person's side, not another party: "US Senior Official
// for North Korea Jung Pak" is one actor (USA), and so is "Choe Son Hui, foreign minister of the DPRK,".
// Such mentions are folded into the person they describe before actors are grouped.
import type { ActorMention } from './actors.js';

/**
 * Capitalized title words and their glue between a country and the name: " Senior Official for North
 * Korea ", " (ROK) First Vice Foreign Minister " (an abbreviation in brackets, or its closing bracket).
 */
const TITLE_BRIDGE = /^\)?(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}[\p{Lu}.]*\)|for|of|on|and|the))+\s+$/u;
const TITLE_WORD = /\p{Lu}\p{Ll}/u;
/** An appositive title after a name: ", foreign minister of the " (KCNA style). */
const APPOSITIVE = /^,\s+(?:[\p{Ll}-]+\s+){1,5}(?:of|for)\s+(?:the\s+)?$/u;
const APPOSITIVE_END = /^\s*(?:,|$)/u;
/** Text after a conjunct that opens the next one: " and ", ", and ". */
const CONJUNCTION = /^\s*,?\s*and\s/u;

/** The head names: mentions whose words are a person's name ("Kim Gunn", "Jung Pak"). */
const PERSONAL = /^\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+)+$/u;

function strippedOfMentions(
  text: string,
  from: number,
  to: number,
  mentions: readonly ActorMention[],
): string {
  let out = text.slice(from, to);
  for (const m of mentions) {
    if (m.start >= from && m.end <= to) out = out.replace(text.slice(m.start, m.end), ' ');
  }
  return out;
}

/** Mentions left once title countries are folded into the names they qualify. */
export function absorbTitles(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  const absorbed = new Set<ActorMention>();
  let from = 0;
  mentions.forEach((head, h) => {
    // "Japanese Foreign Minister Hayashi and Republic of Korea Foreign Minister Park": a title never
    // reaches back past an "and" that closes the conjunct before it.
    const previous = mentions[h - 1];
    if (previous && CONJUNCTION.test(text.slice(previous.end, head.start))) from = h;
    if (!PERSONAL.test(text.slice(head.start, head.end))) return;
    // Before the name: the leftmost mention joined to it by capitalized title words.
    for (let i = from; i < h; i += 1) {
      const m = mentions[i] as ActorMention;
      const between = text.slice(m.end, head.start);
      if (!TITLE_BRIDGE.test(between)) continue;
      if (!TITLE_WORD.test(strippedOfMentions(text, m.end, head.start, mentions))) continue;
      for (let k = i; k < h; k += 1) absorbed.add(mentions[k] as ActorMention);
      break;
    }
    // After the name: ", foreign minister of the DPRK,".
    const next = mentions[h + 1];
    if (
      next &&
      APPOSITIVE.test(text.slice(head.end, next.start)) &&
      APPOSITIVE_END.test(text.slice(next.end, next.end + 2))
    )
      absorbed.add(next);
  });
  return mentions.filter((m) => !absorbed.has(m));
}
