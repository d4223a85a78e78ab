import type { TypedSpan } from '../consistency.js';
import type { MentionRule } from './rule.js';

/**
 * Two shapes that are not a person's name. An interjection opening a reply ("QUESTION: Oh, okay.") is
 * closed-class and names nothing. A "person" with a lowercase "of" or "the" inside is a title or a work or a
 * body ("Law of the Sea", "Bank of America"), not a name: people's names join words with particles ("de",
 * "van", "bin"), not with "of the". It becomes ORG.
 */
const INTERJECTIONS = new Set([
  'oh',
  'yes',
  'well',
  'okay',
  'ok',
  'yeah',
  'thanks',
  'hello',
  'hi',
  'sorry',
  'please',
]);
const INNER_OF = /\s(?:of|the)\s/u;

export const notAName: MentionRule = {
  id: 'tagger/not-a-name',
  apply: (mentions, { text }) =>
    mentions.flatMap((m): TypedSpan[] => {
      const name = text.slice(m.start, m.end);
      if (INTERJECTIONS.has(name.toLowerCase())) return [];
      return [m.type === 'PER' && INNER_OF.test(name) ? { ...m, type: 'ORG' } : m];
    }),
};
