import { CLASSES, OUTSIDE, classOf, isBegin, runsOf } from './labels.js';
import type { TaggedSentence } from './train.js';

/**
 * Repairs for the GUM conversion in ../shared/data/gum-ner, found by reading its BIO output by eye:
 *
 * 1. GUM splits hyphenated words ("Bailey - Ross", "Jean - Louis", "al - Hajj") and the conversion kept only
 *    the part before the hyphen in the name ("Jean" B-PER, "Louis" O). The sentences stage keeps hyphenated
 *    words whole ("Choe Son-hui"), as wikigold does, so the parts are joined again: "Jean-Louis" B-PER.
 *    Spaced dashes in GUM's texts are "–" or "--", so a bare "-" between two word characters is a hyphen.
 * 2. The conversion bridged lowercase words between proper nouns of one mention, so a person and the
 *    organization in its modifier became one name ("Alvin Yeung from the Civic Party" PER, "City Hall in
 *    New York" LOC). Persons joined by "and" are split ("Carrano and Biewener" → two PER; other classes keep
 *    "and": "Royal Academy of Painting and Sculpture"); sentences with a name bridged by a preposition are
 *    dropped, since the type of the second name is unknown.
 */

const HYPHEN = '-';
const WORD_EDGE = /^[\p{L}\p{N}]$/u;
/** Prepositions that join two names in GUM mentions, never one name in CoNLL practice. */
const BRIDGES = new Set(['in', 'at', 'from', 'near', 'on', 'by', 'with']);
const CONJUNCTION = 'and';
const PERSON = 'PER';

/** Joins "word - word" into "word-word"; the joined token keeps the first non-O tag of its parts. */
export function joinHyphens(s: TaggedSentence): TaggedSentence {
  const words: string[] = [];
  const tags: number[] = [];
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!;
    const last = words.length - 1;
    const next = s.words[i + 1];
    const joins =
      w === HYPHEN &&
      last >= 0 &&
      next !== undefined &&
      WORD_EDGE.test(words[last]!.slice(-1)) &&
      WORD_EDGE.test(next.slice(0, 1));
    if (joins) {
      words[last] += HYPHEN + next;
      if (tags[last] === OUTSIDE) tags[last] = s.tags[i + 1]!;
      i++;
      continue;
    }
    words.push(w);
    tags.push(s.tags[i]!);
  }
  return { words, tags };
}

/** The B- tag of a class tag's class. */
const beginOf = (tag: number): number => 1 + 2 * CLASSES.indexOf(classOf(tag)!);

/**
 * Splits persons joined by a lowercase "and" into two persons, or returns null when a
 * name is bridged by a preposition (the sentence is then left out of training).
 */
export function splitBridges(s: TaggedSentence): TaggedSentence | null {
  const tags = [...s.tags];
  for (const run of runsOf(s.tags)) {
    for (let i = run.start + 1; i < run.end - 1; i++) {
      const w = s.words[i]!;
      if (BRIDGES.has(w)) return null;
      if (w === CONJUNCTION && run.type === PERSON) {
        tags[i] = OUTSIDE;
        if (!isBegin(tags[i + 1]!)) tags[i + 1] = beginOf(tags[i + 1]!);
      }
    }
  }
  return { words: s.words, tags };
}

/** Both repairs, for sentences of the GUM conversion. */
export const repairGum = (sentences: readonly TaggedSentence[]): TaggedSentence[] =>
  sentences.flatMap((s) => splitBridges(joinHyphens(s)) ?? []);
