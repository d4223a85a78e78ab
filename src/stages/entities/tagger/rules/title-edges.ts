import type { TypedSpan } from '../consistency.js';
import { isTitleWord } from '../titles.js';
import type { MentionRule } from './rule.js';

/**
 * Titles at the edges of a body's or a place's mention are a person's role, not part of the name:
 * "Ryanair CEO, Michael O'Leary" gave ORG "Ryanair CEO", and "the Chief Executive Officer of General Motors"
 * gave ORG "Executive Officer of General Motors". A trailing title goes when a name word precedes it (not
 * "Office of the President", "Department of Justice"); a leading title run goes with the "of" after it.
 */
const WORD = /\S+/gu;
const JOINERS = new Set(['of', 'the']);

export const titleEdges: MentionRule = {
  id: 'tagger/title-edges',
  apply: (mentions, { text }) =>
    mentions.flatMap((m): TypedSpan[] => {
      if (m.type === 'PER') return [m];
      const words = [...text.slice(m.start, m.end).matchAll(WORD)];
      let first = 0;
      while (first < words.length && isTitleWord(words[first]![0])) first++;
      if (first === 0 || words[first]?.[0] !== 'of') first = 0;
      else first++;
      let last = words.length;
      while (
        last > first + 1 &&
        isTitleWord(words[last - 1]![0]) &&
        !JOINERS.has(words[last - 2]![0].toLowerCase())
      )
        last--;
      if (first === 0 && last === words.length) return [m];
      const from = words[first];
      const to = words[last - 1];
      if (!from || !to || first >= last) return [];
      return [{ ...m, start: m.start + from.index, end: m.start + to.index + to[0].length }];
    }),
};
