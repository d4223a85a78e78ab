import { STATIC_FEATURES } from './features.js';
import { TAG_COUNT } from './labels.js';
import type { TaggerModel } from './model.js';

/**
 * A trained model's weight rows without the all-zero ones. The shipped model has 2^18 buckets of TAG_COUNT
 * weights (4.7 MB as Int16), two thirds of them all zero, and the decoder reads ~26 rows per token at
 * random places: most reads missed the CPU caches. Here a bitmap of the non-zero rows (32 KB, stays in
 * cache) answers "is this bucket empty?" without touching the weights, and the non-zero rows sit packed
 * together (1.5 MB), found by counting the set bits before the bucket. Same weights, same sums.
 */
export interface FrozenRows {
  /** Bit b of present[b >>> 5] is set when bucket b has a non-zero weight. */
  present: Uint32Array;
  /** Non-zero rows in the words of `present` before this one: the packed index of its first row. */
  rank: Uint32Array;
  /** The non-zero rows in bucket order, TAG_COUNT weights each. */
  rows: Int16Array | Float32Array;
  /**
   * Whether every sum of a token's rows is exact in float32, so rows may be added in any order: true for
   * integer rows, since float32 holds every integer up to 2^24 and STATIC_FEATURES rows of Int16 weights
   * sum to at most 26 × 32,768 = 851,968 in size (each partial sum too).
   */
  exact: boolean;
}

const frozen = new WeakMap<TaggerModel, FrozenRows>();

/** The packed rows of a trained model, built on first use (the model's weights must no longer change). */
export function frozenRows(model: TaggerModel): FrozenRows {
  let packed = frozen.get(model);
  if (!packed) frozen.set(model, (packed = pack(model)));
  return packed;
}

function pack(model: TaggerModel): FrozenRows {
  const buckets = 1 << model.hashBits;
  const w = model.weights;
  const present = new Uint32Array(Math.ceil(buckets / 32));
  let count = 0;
  for (let b = 0; b < buckets; b++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      if (w[b * TAG_COUNT + t] === 0) continue;
      present[b >>> 5]! |= 1 << (b & 31);
      count++;
      break;
    }
  }
  const rank = new Uint32Array(present.length);
  const rows =
    w instanceof Int16Array ? new Int16Array(count * TAG_COUNT) : new Float32Array(count * TAG_COUNT);
  let next = 0;
  for (let k = 0; k < present.length; k++) {
    rank[k] = next;
    for (let bit = 0; bit < 32; bit++) {
      if (!(present[k]! & (1 << bit))) continue;
      const from = (k * 32 + bit) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) rows[next * TAG_COUNT + t] = w[from + t]!;
      next++;
    }
  }
  const exact = rows instanceof Int16Array && STATIC_FEATURES * 32_768 <= 2 ** 24;
  return { present, rank, rows, exact };
}

/** Set bits in a 32-bit word (the classic SWAR count). */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Writes to `scores` the sums in `start` (from `startAt`) plus the rows of the features from index `from` on, as addRows
 * over the full weights adds them; empty buckets are skipped. The nine tags are summed in locals (a
 * Float32Array element each time was a load and a store per weight), each sum rounded to float32 as the
 * array did, so the scores are the same bits. `start` and `from` let the decoder continue from a word's
 * cached sums of its first features (word-cache.ts); the features whose bits are set in `skip` are left
 * out, as the cached sums hold them when the rows are exact.
 */
export function sumFrozenRows(
  packed: FrozenRows,
  features: Uint32Array,
  from: number,
  mask: number,
  start: Float32Array,
  startAt: number,
  scores: Float32Array,
  skip = 0,
): void {
  if (TAG_COUNT !== 9) {
    scores.set(start.subarray(startAt, startAt + TAG_COUNT));
    addFrozenRowsLoop(packed, features, from, mask, scores, skip);
    return;
  }
  const { present, rank, rows } = packed;
  const round = Math.fround;
  let s0 = start[startAt + 0]!;
  let s1 = start[startAt + 1]!;
  let s2 = start[startAt + 2]!;
  let s3 = start[startAt + 3]!;
  let s4 = start[startAt + 4]!;
  let s5 = start[startAt + 5]!;
  let s6 = start[startAt + 6]!;
  let s7 = start[startAt + 7]!;
  let s8 = start[startAt + 8]!;
  for (let f = from; f < features.length; f++) {
    if ((skip >>> f) & 1) continue;
    const base = rowOf(present, rank, features[f]! & mask) * TAG_COUNT;
    if (base < 0) continue;
    s0 = round(s0 + rows[base]!);
    s1 = round(s1 + rows[base + 1]!);
    s2 = round(s2 + rows[base + 2]!);
    s3 = round(s3 + rows[base + 3]!);
    s4 = round(s4 + rows[base + 4]!);
    s5 = round(s5 + rows[base + 5]!);
    s6 = round(s6 + rows[base + 6]!);
    s7 = round(s7 + rows[base + 7]!);
    s8 = round(s8 + rows[base + 8]!);
  }
  scores[0] = s0;
  scores[1] = s1;
  scores[2] = s2;
  scores[3] = s3;
  scores[4] = s4;
  scores[5] = s5;
  scores[6] = s6;
  scores[7] = s7;
  scores[8] = s8;
}

/** The packed row of a bucket, or -1 when the bucket is all zero. */
function rowOf(present: Uint32Array, rank: Uint32Array, bucket: number): number {
  const word = present[bucket >>> 5]!;
  const bit = 1 << (bucket & 31);
  return word & bit ? rank[bucket >>> 5]! + popcount(word & (bit - 1)) : -1;
}

/** sumFrozenRows for a tag set of another size. */
function addFrozenRowsLoop(
  packed: FrozenRows,
  features: Uint32Array,
  from: number,
  mask: number,
  scores: Float32Array,
  skip: number,
): void {
  for (let f = from; f < features.length; f++) {
    if ((skip >>> f) & 1) continue;
    const base = rowOf(packed.present, packed.rank, features[f]! & mask) * TAG_COUNT;
    if (base < 0) continue;
    for (let t = 0; t < TAG_COUNT; t++) scores[t]! += packed.rows[base + t]!;
  }
}
