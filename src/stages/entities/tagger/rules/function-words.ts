import type { TypedSpan } from '../consistency.js';
import { gazBit } from '../gazetteer.js';
import type { MentionRule, RuleContext } from './rule.js';

/**
 * Closed-class words (prepositions, conjunctions, sentence adverbs) never begin a name, but a capitalised
 * one at a sentence start ("Unlike Chrysler, GM will …", "According to …") or a lowercase one the tagger
 * ran into ("the Prime Minister of Singapore" gave "of Singapore") may open a mention. Those words come
 * off the front (and a mention that starts inside a word goes); a mention left with no capitalised word goes. A "person" that began with "of" was a title
 * phrase ("Prime Minister of Singapore", "Vice Chairman of Chrysler" once the title is trimmed): what follows
 * "of" is the title's country or body, a place when the lists know it as one, else an organisation.
 */
const FUNCTION_WORDS = new Set(
  [
    'of for from to in on at by with without about against between into through during after before',
    'under over unlike like despite since until upon within among amid and or but nor yet if while',
    'although though because unless whereas whether when where as according meanwhile however also',
    'still instead moreover furthermore nevertheless then thus hence',
  ]
    .join(' ')
    .split(' '),
);
const LEADING_WORD = /^(?<word>[\p{L}]+)\s+/u;
const CAPITALISED = /^\p{Lu}/u;

const PLACES = gazBit('COUNTRY') | gazBit('CITY');

function ofWhat(name: string, ctx: RuleContext): TypedSpan['type'] {
  return ((ctx.gazetteer?.phrases.get(name.toLowerCase()) ?? 0) & PLACES) !== 0 ? 'LOC' : 'ORG';
}

/** A name never starts inside a word: "AT&T. Many" gave "T. Many" when the sentences stage cut "AT&T.". */
const GLUED_BEFORE = /[\p{L}\p{N}&]$/u;

export const leadingFunctionWord: MentionRule = {
  id: 'tagger/leading-function-word',
  apply: (mentions, ctx) =>
    mentions.flatMap((m): TypedSpan[] => {
      const { text } = ctx;
      if (GLUED_BEFORE.test(text.slice(Math.max(0, m.start - 1), m.start))) return [];
      let start = m.start;
      let afterOf = false;
      for (;;) {
        const lead = LEADING_WORD.exec(text.slice(start, m.end));
        const word = lead?.groups?.['word']?.toLowerCase();
        if (!lead || !word || !FUNCTION_WORDS.has(word)) break;
        afterOf = word === 'of';
        start += lead[0].length;
      }
      if (start === m.start) return [m];
      const rest = text.slice(start, m.end);
      if (!CAPITALISED.test(rest)) return [];
      return [{ ...m, start, type: m.type === 'PER' && afterOf ? ofWhat(rest, ctx) : m.type }];
    }),
};
