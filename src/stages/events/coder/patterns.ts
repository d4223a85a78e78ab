// Shallow pattern matching: a pattern's words after the verb must appear in order within the clause
// after it, its words before the verb in order within the clause before it. The most specific
// pattern (most words) wins; with none, the verb's own code applies.
import type { VerbLexicon } from '../dictionary/lexicon.js';
import type { Pattern, VerbEntry } from '../dictionary/parse-verbs.js';
import { patternIndex } from './pattern-index.js';

export interface Window {
  /** Lowercase words of the sentence. */
  words: readonly string[];
  /** Token range before the verb [beforeStart, verbStart) and after it [verbEnd, afterEnd). */
  beforeStart: number;
  verbStart: number;
  verbEnd: number;
  afterEnd: number;
}

export interface CodeChoice {
  code: string | null;
  /** The pattern that decided, or null when the verb's own code did. */
  pattern: Pattern | null;
  /** Index of the last word the pattern matched after the verb, for the object search. */
  lastMatched: number;
}

/**
 * Nouns are "left bare" in patterns; the text may have the plural ("attacks", "talks", "parties").
 * pattern-index.ts patternSpellings is the inverse (a token's possible pattern words): change both.
 */
function wordMatches(token: string, word: string): boolean {
  if (token === word) return true;
  if (token === word + 's' || token === word + 'es') return true;
  return word.endsWith('y') && token === word.slice(0, -1) + 'ies';
}

function phraseAt(words: readonly string[], i: number, phrase: string): number {
  if (!phrase.includes(' ')) return wordMatches(words[i] ?? '', phrase) ? 1 : 0;
  const parts = phrase.split(' ');
  for (let k = 0; k < parts.length; k += 1) {
    if (!wordMatches(words[i + k] ?? '', parts[k] ?? '')) return 0;
  }
  return parts.length;
}

function elementAt(lexicon: VerbLexicon, words: readonly string[], i: number, element: string): number {
  if (!element.startsWith('&')) return phraseAt(words, i, element);
  for (const phrase of lexicon.synsetPhrases(element, words[i] ?? '')) {
    const n = phraseAt(words, i, phrase);
    if (n > 0) return n;
  }
  return 0;
}

/**
 * Words a pattern may skip between the verb and its next element after it: "rejected a fresh offer"
 * skips two, but "demanded that the Sudanese government end curbs on press freedom" must not reach
 * the "on" of the block's "press on" pattern (190, ASSAULT) seven words away.
 */
const MAX_GAP = 4;

/** Index after the last matched element, or -1 when some element is missing in [from, to). */
function matchInOrder(
  lexicon: VerbLexicon,
  words: readonly string[],
  elements: readonly string[],
  from: number,
  to: number,
  maxGap = Infinity,
): number {
  let i = from;
  for (const element of elements) {
    let found = -1;
    const last = Math.min(to, i + maxGap + 1);
    for (let j = i; j < last; j += 1) {
      const n = elementAt(lexicon, words, j, element);
      if (n > 0) {
        found = j + n;
        break;
      }
    }
    if (found < 0) return -1;
    i = found;
  }
  return i;
}

/**
 * The code of the most specific pattern of the entry's block that matches (the first in dictionary
 * order among equals), else the entry's own.
 */
export function chooseCode(lexicon: VerbLexicon, entry: VerbEntry, w: Window): CodeChoice {
  for (const { pattern, barePreposition } of patternIndex(lexicon, entry.block).candidates(w, MAX_GAP + 1)) {
    if (entry.inherited && barePreposition) continue;
    const after = matchInOrder(lexicon, w.words, pattern.after, w.verbEnd, w.afterEnd, MAX_GAP);
    if (after < 0) continue;
    if (matchInOrder(lexicon, w.words, pattern.before, w.beforeStart, w.verbStart) < 0) continue;
    return { code: pattern.code, pattern, lastMatched: after };
  }
  return { code: entry.code, pattern: null, lastMatched: w.verbEnd };
}
