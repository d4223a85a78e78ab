/**
 * MinHash signatures and LSH band keys, so near-duplicate candidates come from an index lookup instead of
 * comparing every pair of articles. Candidates are then confirmed with exact shingle Jaccard.
 *
 * 16 bands of 8 rows (128 hashes): a pair at Jaccard 0.85 shares a band with probability
 * 1 - (1 - 0.85^8)^16 ≈ 0.994, a pair at 0.5 with ≈ 0.06, so few false candidates and almost no misses.
 */
export const LSH_BANDS = 16;
export const LSH_ROWS = 8;
export const MINHASH_SIZE = LSH_BANDS * LSH_ROWS;

/** FNV-1a over UTF-16 code units: a fast, deterministic 32-bit base hash for one shingle. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finalizer: spreads every input bit over the output, so seeded variants act independent. */
function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds (derived, not random) so signatures are the same in every process and every run. */
const SEEDS: readonly number[] = Array.from({ length: MINHASH_SIZE }, (_, i) => fmix32(0x9e3779b9 * (i + 1)));

/** The MinHash signature of a shingle set: for each seeded hash, the minimum over the shingles. */
export function minhash(shingleSet: Iterable<string>): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const shingle of shingleSet) {
    const base = fnv1a(shingle);
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = fmix32(base ^ (SEEDS[i] ?? 0));
      if (h < (signature[i] ?? 0)) signature[i] = h;
    }
  }
  return signature;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / MINHASH_SIZE;
}

/** One key per band ("<band>:<hex>"); two texts are candidates when any key is equal. Empty text: none. */
export function bandKeys(signature: Uint32Array): string[] {
  if (signature.every((v) => v === 0xffffffff)) return [];
  const keys: string[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let row = 0; row < LSH_ROWS; row++) h = fmix32(h ^ (signature[band * LSH_ROWS + row] ?? 0));
    keys.push(`${band}:${h.toString(16).padStart(8, '0')}`);
  }
  return keys;
}
