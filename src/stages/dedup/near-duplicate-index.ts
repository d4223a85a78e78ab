import { bandKeys, minhash } from './minhash.js';
import { jaccard, NEAR_DUPLICATE_JACCARD, shingles } from './shingles.js';

export interface NearDuplicateMatch {
  id: string;
  similarity: number;
}

/**
 * An in-memory LSH index over texts (batch dedup, tests, and the reference for the store's band table):
 * `add` files a text under its band keys; `query` looks up candidates sharing a band and confirms each
 * with exact shingle Jaccard, best first.
 */
export class NearDuplicateIndex {
  private readonly buckets = new Map<string, Set<string>>();
  private readonly shingleSets = new Map<string, Set<string>>();

  constructor(private readonly threshold: number = NEAR_DUPLICATE_JACCARD) {}

  add(id: string, text: string): void {
    const set = shingles(text);
    this.shingleSets.set(id, set);
    for (const key of bandKeys(minhash(set))) {
      const bucket = this.buckets.get(key) ?? new Set<string>();
      bucket.add(id);
      this.buckets.set(key, bucket);
    }
  }

  query(text: string): NearDuplicateMatch[] {
    const set = shingles(text);
    const candidates = new Set<string>();
    for (const key of bandKeys(minhash(set)))
      for (const id of this.buckets.get(key) ?? []) candidates.add(id);
    const matches: NearDuplicateMatch[] = [];
    for (const id of candidates) {
      const similarity = jaccard(set, this.shingleSets.get(id) ?? new Set());
      if (similarity >= this.threshold) matches.push({ id, similarity });
    }
    return matches.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1));
  }

  /** How many candidates the last lookups would have compared, for tests that check LSH prunes pairs. */
  candidateCount(text: string): number {
    const ids = new Set<string>();
    for (const key of bandKeys(minhash(shingles(text))))
      for (const id of this.buckets.get(key) ?? []) ids.add(id);
    return ids.size;
  }
}
