import { normalizeText } from './content-hash.js';

/** Words per shingle: 5-word shingles are the usual choice for news-length near-duplicate detection. */
export const SHINGLE_WORDS = 5;

/** Near-duplicate threshold on shingle Jaccard similarity (DESIGN.md §6: "≥ 85 % overlap"). */
export const NEAR_DUPLICATE_JACCARD = 0.85;

/** Word tokens of normalized text; punctuation separates words and is not part of them. */
export function words(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The set of k-word shingles; a text shorter than k words is one shingle, an empty text none. */
export function shingles(text: string, k: number = SHINGLE_WORDS): Set<string> {
  const tokens = words(text);
  const out = new Set<string>();
  if (tokens.length === 0) return out;
  if (tokens.length < k) {
    out.add(tokens.join(' '));
    return out;
  }
  for (let i = 0; i + k <= tokens.length; i++) out.add(tokens.slice(i, i + k).join(' '));
  return out;
}

/** |A ∩ B| / |A ∪ B|; two empty sets are not similar (nothing to compare). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Exact shingle Jaccard of two texts at or above the near-duplicate threshold. */
export function isNearDuplicate(a: string, b: string, threshold: number = NEAR_DUPLICATE_JACCARD): boolean {
  return jaccard(shingles(a), shingles(b)) >= threshold;
}
