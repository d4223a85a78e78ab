/**
 * Answers remembered per key, bounded: the stages ask the same pure questions of the same words again and
 * again ("the", "said", "Kim Jong Un"), and a long ingest keeps meeting new words, so a memo starts over
 * when it is full rather than growing without end. Values are never undefined, which is how `get` says
 * "not known".
 */
export class BoundedMemo<K, V> {
  readonly #known = new Map<K, V>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** The remembered answer for `key`, if any. */
  get(key: K): V | undefined {
    return this.#known.get(key);
  }

  /** Remembers `value` for `key` (forgetting everything first when full) and returns it. */
  add(key: K, value: V): V {
    if (this.#known.size >= this.#limit) this.#known.clear();
    this.#known.set(key, value);
    return value;
  }
}
