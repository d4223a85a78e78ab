// Which of a verb block's patterns are worth trying on a clause. A block holds up to 190 patterns and
// a clause matches almost none of them; trying each cost more than the rest of coding the verb. Every
// pattern is filed under the words one of its elements can start with, and only the patterns filed
// under a word of the clause (on the same side of the verb) are tried, most specific first.
import type { VerbLexicon } from '../dictionary/lexicon.js';
import type { Pattern } from '../dictionary/parse-verbs.js';
import type { Window } from './patterns.js';

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

/**
 * The pattern words a text word matches (patterns.ts wordMatches): itself and its singulars, since
 * nouns are left bare in patterns ("talks" → "talk", "parties" → "party").
 */
function patternSpellings(word: string): string[] {
  if (!word.endsWith('s')) return [word];
  const out = [word, word.slice(0, -1)];
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  return out;
}

/**
 * The words an element can start at: a synonym set's phrases' first words (matched exactly), else the
 * element's first word, which a text word matches through its spellings.
 */
function startWords(lexicon: VerbLexicon, element: string): string[] {
  if (element.startsWith('&')) return [...lexicon.synsetFirstWords(element)];
  return [element.split(' ')[0] ?? ''];
}

interface Filing {
  side: 'after' | 'before';
  words: readonly string[];
}

/** Each element of a pattern as a possible filing: its side of the verb and its start words. */
const filings = (lexicon: VerbLexicon, pattern: Pattern): Filing[] => [
  ...pattern.after.map((e) => ({ side: 'after' as const, words: startWords(lexicon, e) })),
  ...pattern.before.map((e) => ({ side: 'before' as const, words: startWords(lexicon, e) })),
];

/**
 * The filing that lets the pattern be tried least often: a single word the fewest of the block's
 * patterns start an element with (so "aid" over "for"), over a synonym set's many first words.
 */
function cheapest(options: readonly Filing[], uses: ReadonlyMap<string, number>): Filing {
  const cost = (f: Filing): number =>
    f.words.length === 1 ? (uses.get(f.words[0] ?? '') ?? 0) : uses.size + f.words.length;
  return options.reduce((best, f) => (cost(f) < cost(best) ? f : best));
}

/** One block's patterns by rank, filed by the start words of an element before or after the verb. */
export class PatternIndex {
  /** Most specific (most words) first, in dictionary order among equals; none without words. */
  readonly ranked: readonly RankedPattern[];
  readonly #after = new Map<string, number[]>();
  readonly #before = new Map<string, number[]>();

  constructor(lexicon: VerbLexicon, patterns: readonly Pattern[]) {
    const sorted = patterns.filter((p) => size(p) > 0).sort((a, b) => size(b) - size(a));
    this.ranked = sorted.map((pattern) => ({ pattern, barePreposition: isBarePreposition(pattern) }));
    const options = sorted.map((pattern) => filings(lexicon, pattern));
    const uses = new Map<string, number>();
    for (const { words } of options.flat())
      if (words.length === 1) uses.set(words[0] ?? '', (uses.get(words[0] ?? '') ?? 0) + 1);
    options.forEach((option, rank) => {
      const { side, words } = cheapest(option, uses);
      const index = side === 'after' ? this.#after : this.#before;
      for (const word of new Set(words)) index.set(word, [...(index.get(word) ?? []), rank]);
    });
  }

  /** The patterns that may match in the window, in rank order: a superset of those that do. */
  candidates(w: Window): RankedPattern[] {
    const ranks: number[] = [];
    this.#collect(this.#after, w.words, w.verbEnd, w.afterEnd, ranks);
    this.#collect(this.#before, w.words, w.beforeStart, w.verbStart, ranks);
    ranks.sort((a, b) => a - b);
    return ranks.flatMap((rank, k) => (rank === ranks[k - 1] ? [] : (this.ranked[rank] ?? [])));
  }

  #collect(index: Map<string, number[]>, words: readonly string[], from: number, to: number, out: number[]) {
    if (index.size === 0) return;
    for (let i = from; i < to; i += 1)
      for (const spelling of patternSpellings(words[i] ?? ''))
        for (const rank of index.get(spelling) ?? []) out.push(rank);
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
