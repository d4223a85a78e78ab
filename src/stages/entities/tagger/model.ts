import type { Span } from '../../../core/span.js';
import type { TokenValues } from './features.js';
import {
  HISTORY_FEATURES,
  STATIC_FEATURES,
  WORD_FEATURES,
  contextFeatures,
  staticFeatures,
  uncachedContextFeatures,
} from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { historyBlock } from './history-blocks.js';
import { frozenRows, sumFrozenRows } from './frozen-rows.js';
import { OUTSIDE, TAG_COUNT, allowedAfter } from './labels.js';
import type { ContextBuffers } from './word-cache.js';
import {
  CACHED_CONTEXT_FEATURES,
  WORD_SUMS,
  cachedSums,
  cachedWords,
  contextBuffers,
  contextValuesOf,
  wordCacheOf,
} from './word-cache.js';

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

/** Scratch buffers reused across tokens and sentences, so the inner loop allocates nothing. */
export interface Scratch {
  statics: Uint32Array;
  history: Uint32Array;
  scores: Float32Array;
  /** A token's sums from the word cache, which its other rows are added to (word-cache.ts). */
  start: Float32Array;
  /** This token's transition block (history-blocks.ts), summed fresh while training. */
  block: Float32Array;
  /** Viterbi lattice, grown to the longest sentence seen: best path score and back pointer per (token, tag). */
  best: Float64Array;
  back: Uint8Array;
  /** A trained model's context values per sentence, grown like the lattice (word-cache.ts). */
  context: ContextBuffers;
}

export const newScratch = (): Scratch => ({
  statics: new Uint32Array(STATIC_FEATURES),
  history: new Uint32Array(HISTORY_FEATURES),
  scores: new Float32Array(TAG_COUNT),
  start: new Float32Array(TAG_COUNT),
  block: new Float32Array(TAG_COUNT * TAG_COUNT),
  best: new Float64Array(0),
  back: new Uint8Array(0),
  context: contextBuffers(0),
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

/**
 * allowedAfter as lists for the decoder's inner loop: the previous tags that may precede tag t are
 * PREVIOUS[PREVIOUS_FROM[t], PREVIOUS_FROM[t + 1]), in increasing order (ties keep the first, as they
 * did). An I- tag has two, so a step tries 53 transitions rather than testing all 81; a tag that may
 * follow any tag (O, B-) loops over the previous tags directly, without reading the list.
 */
const PREVIOUS_LISTS = Array.from({ length: TAG_COUNT }, (_, t) =>
  Array.from({ length: TAG_COUNT }, (_, prev) => prev).filter((prev) => allowedAfter(prev, t)),
);
const PREVIOUS = Uint8Array.from(PREVIOUS_LISTS.flat());
const PREVIOUS_FROM = Uint8Array.from({ length: TAG_COUNT + 1 }, (_, t) =>
  PREVIOUS_LISTS.slice(0, t).reduce((count, list) => count + list.length, 0),
);

function lattice(s: Scratch, n: number): void {
  if (s.best.length >= n * TAG_COUNT) return;
  s.best = new Float64Array(n * TAG_COUNT * 2);
  s.back = new Uint8Array(n * TAG_COUNT * 2);
}

/**
 * One Viterbi step: the best path into each tag at token i from the paths into token i - 1, through the
 * transition block at block[blockAt...]. The first token's only predecessor is the sentence start,
 * scored as OUTSIDE.
 */
function step(s: Scratch, i: number, emit: Float32Array, block: Float32Array, blockAt: number): void {
  const { best, back } = s;
  const at = i * TAG_COUNT;
  if (i === 0) {
    for (let t = 0; t < TAG_COUNT; t++) {
      best[t] = (allowedAfter(OUTSIDE, t) ? block[blockAt + OUTSIDE * TAG_COUNT + t]! : -Infinity) + emit[t]!;
      back[t] = OUTSIDE;
    }
    return;
  }
  const before = at - TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) {
    let top = -Infinity;
    let arg = OUTSIDE;
    const from = PREVIOUS_FROM[t]!;
    const to = PREVIOUS_FROM[t + 1]!;
    if (to - from === TAG_COUNT) {
      for (let prev = 0; prev < TAG_COUNT; prev++) {
        const score = best[before + prev]! + block[blockAt + prev * TAG_COUNT + t]!;
        if (score > top) {
          top = score;
          arg = prev;
        }
      }
    } else {
      for (let p = from; p < to; p++) {
        const prev = PREVIOUS[p]!;
        const score = best[before + prev]! + block[blockAt + prev * TAG_COUNT + t]!;
        if (score > top) {
          top = score;
          arg = prev;
        }
      }
    }
    best[at + t] = top + emit[t]!;
    back[at + t] = arg;
  }
}

/** The tags of the best path through the lattice of an n-token sentence. */
function bestPath(s: Scratch, n: number): Uint8Array {
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

/**
 * The best-scoring BIO-valid tag sequence (Viterbi over first-order transitions): greedy left-to-right
 * decoding opened and closed names one token at a time and cut spans ("Faber-Castell USA" → "Faber-Castell").
 * Sums every weight afresh, as training needs (its weights move); tagSentence decodes a trained model.
 */
export function decode(model: TaggerModel, values: TokenValues, s: Scratch): Uint8Array {
  const n = values.word.length;
  const mask = (1 << model.hashBits) - 1;
  lattice(s, n);
  for (let i = 0; i < n; i++) {
    staticFeatures(values, i, s.statics);
    s.scores.fill(0);
    addRows(model.weights, s.statics, mask, s.scores);
    historyBlock(model, values, i, s.block);
    step(s, i, s.scores, s.block, 0);
  }
  return bestPath(s, n);
}

/**
 * Tags one sentence with a trained model, as decode would: each word's own features and transition
 * block come summed from the model's word cache (word-cache.ts), the rest from its packed rows (but, when
 * the rows are exact, the own-lists and neighbour features, whose rows the cache holds too). The sentence
 * is its tokens' spans in `text`.
 */
export function tagTokens(
  model: TaggerModel,
  text: string,
  tokens: readonly Span[],
  s: Scratch = newScratch(),
): Uint8Array {
  const n = tokens.length;
  lattice(s, n);
  if (s.context.kinds.length < n) s.context = contextBuffers(n * 2);
  const cached = cachedWords(model, text, tokens);
  const cache = wordCacheOf(model);
  const values = contextValuesOf(cached, s.context);
  const rows = frozenRows(model);
  const mask = (1 << model.hashBits) - 1;
  for (let i = 0; i < n; i++) {
    const slot = cached[i]!.slot;
    if (rows.exact) {
      uncachedContextFeatures(values, i, s.statics);
      cachedSums(cache, cached, i, s.start);
      sumFrozenRows(rows, s.statics, WORD_FEATURES, mask, s.start, 0, s.scores, CACHED_CONTEXT_FEATURES);
    } else {
      contextFeatures(values, i, s.statics);
      sumFrozenRows(rows, s.statics, WORD_FEATURES, mask, cache.emissions, slot * WORD_SUMS, s.scores);
    }
    step(s, i, s.scores, cache.transitions, slot * TAG_COUNT * TAG_COUNT);
  }
  return bestPath(s, n);
}

/** tagTokens for a sentence given as words (training, tests): the tokens of the words joined by spaces. */
export function tagSentence(
  model: TaggerModel,
  words: readonly string[],
  s: Scratch = newScratch(),
): Uint8Array {
  let at = 0;
  const tokens = words.map((word) => ({ start: at, end: (at += word.length + 1) - 1 }));
  return tagTokens(model, words.join(' '), tokens, s);
}
