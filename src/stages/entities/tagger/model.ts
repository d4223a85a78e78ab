import type { TokenValues } from './features.js';
import { HISTORY_FEATURES, STATIC_FEATURES, staticFeatures, tokenValues } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { HistoryBlocks } from './history-blocks.js';
import { blocksOf, cachedHistoryParts, historyBlock } from './history-blocks.js';
import { frozenRows, sumFrozenRows } from './frozen-rows.js';
import { OUTSIDE, TAG_COUNT, allowedAfter } from './labels.js';

/** A trained tagger: one weight per (hashed feature bucket, tag), dense in memory for fast lookup. */
export interface TaggerModel {
  /** log2 of the bucket count. */
  hashBits: number;
  /**
   * weights[bucket * TAG_COUNT + tag], in units of `scale`. Training writes floats (scale 1); a model read
   * from its file keeps the file's quantized integers (scale = the quantization step) in half the memory,
   * which is what the decoder's time goes to: ~25 weight rows per token at random places in this array.
   * Decoding only compares sums, so it never needs the scale.
   */
  weights: Float32Array | Int16Array;
  scale: number;
  /** Name lists the features consult (data/ner/gazetteer.tsv); null tags without list features. */
  gazetteer: Gazetteer | null;
}

export function emptyModel(hashBits: number, gazetteer: Gazetteer | null = null): TaggerModel {
  return { hashBits, weights: new Float32Array((1 << hashBits) * TAG_COUNT), scale: 1, gazetteer };
}

/** Added to a block that is already whole: x + 0 is x, so one step function serves both decoders. */
const ZERO_BLOCK = new Float32Array(TAG_COUNT * TAG_COUNT);

/** Scratch buffers reused across tokens and sentences, so the inner loop allocates nothing. */
export interface Scratch {
  statics: Uint32Array;
  history: Uint32Array;
  scores: Float32Array;
  /** This token's transition block (history-blocks.ts), summed fresh while training. */
  block: Float32Array;
  /** A trained model's transition block of this token as its two cached parts, added where read. */
  shapeBlock: Float32Array;
  wordBlock: Float32Array;
  /** Viterbi lattice, grown to the longest sentence seen: best path score and back pointer per (token, tag). */
  best: Float64Array;
  back: Uint8Array;
}

export const newScratch = (): Scratch => ({
  statics: new Uint32Array(STATIC_FEATURES),
  history: new Uint32Array(HISTORY_FEATURES),
  scores: new Float32Array(TAG_COUNT),
  block: new Float32Array(TAG_COUNT * TAG_COUNT),
  shapeBlock: ZERO_BLOCK,
  wordBlock: ZERO_BLOCK,
  best: new Float64Array(0),
  back: new Uint8Array(0),
});

/** Adds each feature's weight row to `scores` (features already masked to buckets). */
function addRows(
  weights: TaggerModel['weights'],
  features: Uint32Array,
  mask: number,
  scores: Float32Array,
): void {
  for (let f = 0; f < features.length; f++) {
    const base = (features[f]! & mask) * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) scores[t]! += weights[base + t]!;
  }
}

/** allowedAfter as a table, ALLOWED[prev * TAG_COUNT + tag], for the decoder's inner loop. */
const ALLOWED = Uint8Array.from({ length: TAG_COUNT * TAG_COUNT }, (_, k) =>
  allowedAfter(Math.floor(k / TAG_COUNT), k % TAG_COUNT) ? 1 : 0,
);

function lattice(s: Scratch, n: number): void {
  if (s.best.length >= n * TAG_COUNT) return;
  s.best = new Float64Array(n * TAG_COUNT * 2);
  s.back = new Uint8Array(n * TAG_COUNT * 2);
}

/**
 * One Viterbi step: the best path into each tag at token i from the paths into token i - 1. The
 * transition block is `a + b` (rounded to float32, as a block array would hold it).
 */
function step(s: Scratch, i: number, emit: Float32Array, a: Float32Array, b: Float32Array): void {
  const { best, back } = s;
  const at = i * TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) {
    let top = -Infinity;
    let arg = OUTSIDE;
    for (let prev = 0; prev < (i === 0 ? 1 : TAG_COUNT); prev++) {
      const k = prev * TAG_COUNT + t;
      if (!ALLOWED[k]) continue;
      const score = (i === 0 ? 0 : best[at - TAG_COUNT + prev]!) + Math.fround(a[k]! + b[k]!);
      if (score > top) {
        top = score;
        arg = prev;
      }
    }
    best[at + t] = top + emit[t]!;
    back[at + t] = arg;
  }
}

/**
 * The best-scoring BIO-valid tag sequence (Viterbi over first-order transitions): greedy left-to-right
 * decoding opened and closed names one token at a time and cut spans ("Faber-Castell USA" → "Faber-Castell").
 * `blocks` caches the transition weights of a trained model; training passes null (its weights move).
 */
export function decode(
  model: TaggerModel,
  values: TokenValues,
  s: Scratch,
  blocks: HistoryBlocks | null = null,
): Uint8Array {
  const n = values.word.length;
  const mask = (1 << model.hashBits) - 1;
  const emit = s.scores;
  // A trained model (blocks given) reads its packed non-zero rows; training reads the weights it updates.
  const frozen = blocks ? { blocks, rows: frozenRows(model) } : null;
  lattice(s, n);
  for (let i = 0; i < n; i++) {
    staticFeatures(values, i, s.statics);
    if (frozen) {
      sumFrozenRows(frozen.rows, s.statics, mask, emit);
      cachedHistoryParts(model, frozen.blocks, values, i, s);
      step(s, i, emit, s.shapeBlock, s.wordBlock);
    } else {
      emit.fill(0);
      addRows(model.weights, s.statics, mask, emit);
      historyBlock(model, values, i, s.block);
      step(s, i, emit, s.block, ZERO_BLOCK);
    }
  }
  const tags = new Uint8Array(n);
  if (!n) return tags;
  let arg = OUTSIDE;
  const last = (n - 1) * TAG_COUNT;
  for (let t = 1; t < TAG_COUNT; t++) if (s.best[last + t]! > s.best[last + arg]!) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = s.back[i * TAG_COUNT + arg]!;
  }
  return tags;
}

/** Tags one sentence with a trained model: its token values, then the best tag sequence. */
export function tagSentence(
  model: TaggerModel,
  words: readonly string[],
  scratch: Scratch = newScratch(),
): Uint8Array {
  return decode(model, tokenValues(words, model.gazetteer), scratch, blocksOf(model));
}
