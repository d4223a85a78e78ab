import type { TaggerClass } from '../labels.js';
import { gazBit } from '../gazetteer.js';
import { isTitleWord } from '../titles.js';
import type { MentionRule, RuleContext } from './rule.js';

const WORD = /[^\s]+/gu;
/** The word before a mention ("Secretary Cardona", "Lord Diplock"). */
const WORD_BEFORE = /(?<word>\S+)\s+$/u;
/** A citation after a surname ("Biggs et al., 2011"). */
const CITATION_AFTER = /^\s+et al\b/u;

/** Every word of the document's multi-word person names ("Alan Mulally" gives "Alan" and "Mulally"). */
function personWords(
  text: string,
  mentions: readonly { start: number; end: number; type: TaggerClass }[],
): Set<string> {
  const words = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const name = text.slice(m.start, m.end);
    const parts = name.match(WORD) ?? [];
    if (parts.length > 1) for (const w of parts) words.add(w);
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start))?.groups?.['word'];
    if ((before && isTitleWord(before)) || CITATION_AFTER.test(text.slice(m.end, m.end + 8))) words.add(name);
  }
  return words;
}

const isGivenName = (word: string, ctx: RuleContext): boolean =>
  ((ctx.gazetteer?.phrases.get(word.toLowerCase()) ?? 0) & gazBit('FIRST')) !== 0;

/**
 * News introduces a person by full name, or by title and surname, before it uses the surname alone; a
 * one-word "person" that no full name, title ("Secretary Cardona") or citation ("Biggs et al.") in the
 * document accounts for, and that is no given name, is most often a company or a product ("Airbus",
 * "Chrysler", "Staedtler" came out PER). Such mentions become ORG.
 */
export const unanchoredPerson: MentionRule = {
  id: 'tagger/unanchored-person',
  apply: (mentions, ctx) => {
    const anchored = personWords(ctx.text, mentions);
    return mentions.map((m) => {
      if (m.type !== 'PER') return m;
      const name = ctx.text.slice(m.start, m.end);
      if (/\s/u.test(name) || anchored.has(name) || isGivenName(name, ctx)) return m;
      return { ...m, type: 'ORG' };
    });
  },
};
