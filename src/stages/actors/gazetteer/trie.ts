// A trie over folded tokens: every dictionary name is a path, so finding the longest name that starts
// at a token costs one step per token, whatever the dictionary's size (PETRARCH stores its
// dictionaries the same way).
import { hashSpan } from '../../../core/span-memo.js';
import { isPatronymic, type Token } from './normalize.js';

/** Children and values are created on first use: most of the ~100,000 nodes have one child and no value. */
interface TrieNode<T> {
  children: Map<string, TrieNode<T>> | undefined;
  values: T[] | undefined;
}

export interface TrieMatch<T> {
  /** Index of the token after the match. */
  end: number;
  values: readonly T[];
}

const NO_MATCHES: readonly TrieMatch<never>[] = Object.freeze([]);

function node<T>(): TrieNode<T> {
  return { children: undefined, values: undefined };
}

/**
 * Bits of the first words' hashes (a one-hash Bloom filter, 128 KB): two tokens in three start no name,
 * and asking the root's map (~20,000 words, megabytes away in memory) about each was a fifth of a scan.
 * A clear bit says no name starts with the word; a set bit sends the question on to the map.
 */
const FIRST_WORD_BITS = 1 << 20;

export class TokenTrie<T> {
  readonly #root: TrieNode<T> = node();
  readonly #firstWords = new Uint32Array(FIRST_WORD_BITS / 32);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  insert(norms: readonly string[], value: T): void {
    if (norms.length === 0) return;
    const bit = firstWordBit(norms[0]!);
    this.#firstWords[bit >>> 5]! |= 1 << (bit & 31);
    let at = this.#root;
    for (const norm of norms) {
      at.children ??= new Map();
      let next = at.children.get(norm);
      if (!next) at.children.set(norm, (next = node()));
      at = next;
    }
    (at.values ??= []).push(value);
    this.#size += 1;
  }

  /** The values stored under exactly these tokens. */
  get(norms: readonly string[]): readonly T[] {
    let at: TrieNode<T> | undefined = this.#root;
    for (const norm of norms) at = at?.children?.get(norm);
    return at?.values ?? [];
  }

  /**
   * Every name that starts at `tokens[start]`, longest first. A patronymic inside a name may be
   * skipped when the stored name lacks it ("Sergei Viktorovich Lavrov" finds "Sergei Lavrov").
   */
  matchesAt(tokens: readonly Token[], start: number): readonly TrieMatch<T>[] {
    // Two tokens in three start no name at all: they share one empty answer.
    const first = tokens[start];
    if (!first || !this.#mayStartName(first.norm)) return NO_MATCHES;
    let at = this.#root.children?.get(first.norm);
    if (!at) return NO_MATCHES;
    const found: TrieMatch<T>[] = [];
    if (at.values) found.push({ end: start + 1, values: at.values });
    for (let i = start + 1; at && i < tokens.length; i += 1) {
      const norm = tokens[i]?.norm ?? '';
      const next: TrieNode<T> | undefined = at.children?.get(norm);
      if (!next && isPatronymic(norm)) continue;
      at = next;
      if (at?.values) found.push({ end: i + 1, values: at.values });
    }
    return found.reverse();
  }

  #mayStartName(norm: string): boolean {
    const bit = firstWordBit(norm);
    return (this.#firstWords[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

/** The filter bit of a first word: its FNV-1a hash, masked. */
function firstWordBit(norm: string): number {
  return hashSpan(norm, 0, norm.length) & (FIRST_WORD_BITS - 1);
}
