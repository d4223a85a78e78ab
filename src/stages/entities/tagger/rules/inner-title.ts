import type { TypedSpan } from '../consistency.js';
import { isTitleWord } from '../titles.js';
import type { MentionRule } from './rule.js';

const WORD = /\S+/gu;
const CAPITALISED = /^\p{Lu}/u;

/**
 * "Boeing CEO Jim McNerney", "General Motors chief executive Rick Wagoner": an organisation, a title, then
 * a person, read as one person. The words after the last title word are the person; capitalised words
 * before that title's run of title words are the organisation ("General" there is no title: a title word
 * counts only in the run before the person). Leading titles alone ("Prime Minister John Howard") go.
 */
export const innerTitle: MentionRule = {
  id: 'tagger/inner-title',
  apply: (mentions, { text }) =>
    mentions.flatMap((m): TypedSpan[] => {
      if (m.type !== 'PER') return [m];
      const words = [...text.slice(m.start, m.end).matchAll(WORD)];
      const titled = words.map((w) => isTitleWord(w[0]));
      const last = titled.lastIndexOf(true);
      if (last < 0 || last >= words.length - 1) return [m];
      let first = last;
      while (first > 0 && titled[first - 1]) first--;
      const person = words[last + 1]!;
      const out: TypedSpan[] = [];
      const org = words.slice(0, first);
      if (org.length && org.every((w) => CAPITALISED.test(w[0]))) {
        const end = org.at(-1)!;
        out.push({ ...m, end: m.start + end.index + end[0].length, type: 'ORG' });
      }
      out.push({ ...m, start: m.start + person.index });
      return out;
    }),
};
