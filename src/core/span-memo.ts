/**
 * Answers remembered per word, looked up by the word's span in a text: `get(text, start, end)` answers as
 * a Map keyed by `text.slice(start, end)` would, without slicing. The stages look up every token of every
 * article ("the", "said", "Kim"), and a fresh slice cost an allocation and a hash of its characters in
 * the Map, then the collector's time; here the characters are hashed in place and compared with the
 * stored word. Bounded as BoundedMemo is: full, it starts over. Values are never undefined, which is how
 * `get` says "not known".
 */
export class SpanMemo<V> {
  /** Open addressing: slot i holds a word (undefined when free), its hash and its value. */
  #words: (string | undefined)[] = [];
  #hashes = new Int32Array(0);
  #values: (V | undefined)[] = [];
  #size = 0;
  readonly #limit: number;

  /** `limit` words at most (by default no limit: the owner calls clear). */
  constructor(limit = Infinity) {
    this.#limit = limit;
    this.#allocate(64);
  }

  get size(): number {
    return this.#size;
  }

  /** The remembered answer for the word text[start, end), if any. */
  get(text: string, start: number, end: number): V | undefined {
    const hash = hashSpan(text, start, end);
    const mask = this.#hashes.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const word = this.#words[i];
      if (word === undefined) return undefined;
      if (this.#hashes[i] === hash && sameSpan(word, text, start, end)) return this.#values[i];
    }
  }

  /** Remembers `value` for the word text[start, end), which must not be known yet, and returns it. */
  add(text: string, start: number, end: number, value: V): V {
    if (this.#size >= this.#limit) this.clear();
    if ((this.#size + 1) * 2 > this.#hashes.length) this.#rehash(this.#hashes.length * 2);
    this.#put(text.slice(start, end), hashSpan(text, start, end), value);
    return value;
  }

  /** Forgets every word. */
  clear(): void {
    this.#allocate(64);
  }

  #allocate(slots: number): void {
    this.#words = new Array<string | undefined>(slots).fill(undefined);
    this.#hashes = new Int32Array(slots);
    this.#values = new Array<V | undefined>(slots).fill(undefined);
    this.#size = 0;
  }

  #put(word: string, hash: number, value: V): void {
    const mask = this.#hashes.length - 1;
    let i = hash & mask;
    while (this.#words[i] !== undefined) i = (i + 1) & mask;
    this.#words[i] = word;
    this.#hashes[i] = hash;
    this.#values[i] = value;
    this.#size += 1;
  }

  /** Moves every word to a table of `slots` slots (the stored hashes spare hashing them again). */
  #rehash(slots: number): void {
    const [words, hashes, values] = [this.#words, this.#hashes, this.#values];
    this.#allocate(slots);
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word !== undefined) this.#put(word, hashes[i]!, values[i]!);
    }
  }
}

/** FNV-1a over the UTF-16 code units of text[start, end). */
export function hashSpan(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** Whether `word` is text[start, end). */
function sameSpan(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
