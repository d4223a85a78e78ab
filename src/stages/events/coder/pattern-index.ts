// Which of a verb block's patterns are worth trying on a clause. A block holds up to 190 patterns and
// a clause matches almost none of them; trying each cost more than the rest of coding the verb. Every
// pattern is filed under the words one of its elements can start with, and only the patterns filed
// under a word where that element may start (just after the verb for its first word after it) are
// tried, most specific first.
import type { VerbLexicon } from '../dictionary/lexicon.js';
import type { Pattern } from '../dictionary/parse-verbs.js';
import type { Window } from './patterns.js';
import { BoundedMemo } from '../../../core/bounded-memo.js';

export interface RankedPattern {
  pattern: Pattern;
  /** A pattern of one preposition, which a verb borrowing its block's code does not take. */
  barePreposition: boolean;
}

const PREPOSITION = /^(?:to|on|in|at|with|for|from|by|of|into|over|against)$/u;

/**
 * A pattern of one preposition ("WELCOME * TO" [043], host a visit; "CALL * ON" [100]) is written for
 * the verbs with a code of their own; a verb that only borrows its block's code ("praise" in
 * ACCLAIM) does not take it: "praised Haiti's efforts to improve" is no hosting.
 */
function isBarePreposition(pattern: Pattern): boolean {
  const all = [...pattern.before, ...pattern.after];
  return all.length === 1 && PREPOSITION.test(all[0] ?? '');
}

const size = (p: Pattern): number => p.before.length + p.after.length;

/** Distinct words ending in "s" whose spellings are remembered (a long-running ingest sees many). */
const PLURAL_CACHE_LIMIT = 100_000;
/**
 * A word's singulars, remembered: every verb's window asks for its words' spellings, and each fresh
 * slice had to be hashed again by the index lookups, where a remembered one carries its hash.
 */
const pluralSpellings = new BoundedMemo<string, string[]>(PLURAL_CACHE_LIMIT);

/**
 * The pattern words a text word matches (patterns.ts wordMatches): itself and its singulars, since
 * nouns are left bare in patterns ("talks" → "talk", "parties" → "party").
 */
function patternSpellings(word: string): readonly string[] {
  if (!word.endsWith('s')) return [word];
  const known = pluralSpellings.get(word);
  if (known) return known;
  const out = [word, word.slice(0, -1)];
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  return pluralSpellings.add(word, out);
}

/**
 * The words an element can start at: a synonym set's phrases' first words (matched exactly), else the
 * element's first word, which a text word matches through its spellings.
 */
function startWords(lexicon: VerbLexicon, element: string): string[] {
  if (element.startsWith('&')) return [...lexicon.synsetFirstWords(element)];
  return [element.split(' ')[0] ?? ''];
}

/**
 * The words a pattern is filed under, which must start in a range of the window: the first element
 * after the verb within `reach` words of it (matchInOrder's gap); for a pattern of words before the
 * verb only, its element fewest of the block's patterns use, anywhere before it (a synonym set, of
 * many first words, last).
 */
function filingOf(
  lexicon: VerbLexicon,
  pattern: Pattern,
  uses: ReadonlyMap<string, number>,
): { side: 'after' | 'before'; words: string[] } {
  const first = pattern.after[0];
  if (first !== undefined) return { side: 'after', words: startWords(lexicon, first) };
  const cost = (e: string): number => (e.startsWith('&') ? Infinity : (uses.get(e) ?? 0));
  const rarest = pattern.before.reduce((best, e) => (cost(e) < cost(best) ? e : best));
  return { side: 'before', words: startWords(lexicon, rarest) };
}

/** One block's patterns by rank, filed by the start words of an element after or before the verb. */
export class PatternIndex {
  /** Most specific (most words) first, in dictionary order among equals; none without words. */
  readonly ranked: readonly RankedPattern[];
  readonly #after = new Map<string, number[]>();
  readonly #before = new Map<string, number[]>();

  constructor(lexicon: VerbLexicon, patterns: readonly Pattern[]) {
    const sorted = patterns.filter((p) => size(p) > 0).sort((a, b) => size(b) - size(a));
    this.ranked = sorted.map((pattern) => ({ pattern, barePreposition: isBarePreposition(pattern) }));
    const uses = new Map<string, number>();
    for (const e of sorted.flatMap((p) => p.before)) uses.set(e, (uses.get(e) ?? 0) + 1);
    sorted.forEach((pattern, rank) => {
      const { side, words } = filingOf(lexicon, pattern, uses);
      const index = side === 'after' ? this.#after : this.#before;
      for (const word of new Set(words)) index.set(word, [...(index.get(word) ?? []), rank]);
    });
  }

  /**
   * The patterns that may match in the window, in rank order: a superset of those that do, when the
   * first word after the verb must be at most `reach` words from it.
   */
  candidates(w: Window, reach: number): readonly RankedPattern[] {
    const ranks: number[] = [];
    this.#collect(this.#after, w.words, w.verbEnd, Math.min(w.afterEnd, w.verbEnd + reach), ranks);
    this.#collect(this.#before, w.words, w.beforeStart, w.verbStart, ranks);
    if (ranks.length === 0) return [];
    ranks.sort((a, b) => a - b);
    const out: RankedPattern[] = [];
    ranks.forEach((rank, k) => {
      const ranked = this.ranked[rank];
      if (ranked && rank !== ranks[k - 1]) out.push(ranked);
    });
    return out;
  }

  #collect(index: Map<string, number[]>, words: readonly string[], from: number, to: number, out: number[]) {
    if (index.size === 0) return;
    for (let i = from; i < to; i += 1)
      for (const spelling of patternSpellings(words[i] ?? '')) {
        const ranks = index.get(spelling);
        if (ranks) out.push(...ranks);
      }
  }
}

const indexes = new WeakMap<readonly Pattern[], PatternIndex>();

/** The index of a block's patterns, built on first use (the lexicon hands out the same array each time). */
export function patternIndex(lexicon: VerbLexicon, block: string): PatternIndex {
  const patterns = lexicon.patterns(block);
  let index = indexes.get(patterns);
  if (!index) indexes.set(patterns, (index = new PatternIndex(lexicon, patterns)));
  return index;
}
