import {
  HISTORY_FEATURES,
  STATIC_FEATURES,
  historyFeatures,
  staticFeatures,
  tokenValues,
} from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { OUTSIDE, TAG_COUNT, allowedAfter } from './labels.js';

/** A trained tagger: one weight per (hashed feature bucket, tag), dense in memory for fast lookup. */
export interface TaggerModel {
  /** log2 of the bucket count. */
  hashBits: number;
  /** weights[bucket * TAG_COUNT + tag]. */
  weights: Float32Array;
  /** Name lists the features consult (data/ner/gazetteer.tsv); null tags without list features. */
  gazetteer: Gazetteer | null;
}

export function emptyModel(hashBits: number, gazetteer: Gazetteer | null = null): TaggerModel {
  return { hashBits, weights: new Float32Array((1 << hashBits) * TAG_COUNT), gazetteer };
}

/** Scratch buffers reused across tokens and sentences, so the inner loop allocates nothing. */
export interface Scratch {
  statics: Uint32Array;
  history: Uint32Array;
  scores: Float32Array;
}

export const newScratch = (): Scratch => ({
  statics: new Uint32Array(STATIC_FEATURES),
  history: new Uint32Array(HISTORY_FEATURES),
  scores: new Float32Array(TAG_COUNT),
});

/** Adds each feature's weight row to `scores` (features already masked to buckets). */
function addRows(weights: Float32Array, features: Uint32Array, mask: number, scores: Float32Array): void {
  for (let f = 0; f < features.length; f++) {
    const base = (features[f]! & mask) * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) scores[t]! += weights[base + t]!;
  }
}

/** The best tag allowed after `prev` (greedy, BIO-constrained). */
function best(scores: Float32Array, prev: number): number {
  let arg = OUTSIDE;
  let max = -Infinity;
  for (let t = 0; t < TAG_COUNT; t++) {
    if (scores[t]! > max && allowedAfter(prev, t)) {
      max = scores[t]!;
      arg = t;
    }
  }
  return arg;
}

/**
 * Tags one sentence greedily left to right; the history features see the tags already chosen.
 * `onToken`, used by training, receives each token's features, predicted tag and position.
 */
export function tagSentence(
  model: TaggerModel,
  words: readonly string[],
  scratch: Scratch = newScratch(),
  onToken?: (i: number, predicted: number, s: Scratch) => number,
): Uint8Array {
  const values = tokenValues(words, model.gazetteer);
  const tags = new Uint8Array(words.length);
  const mask = (1 << model.hashBits) - 1;
  let prev = OUTSIDE;
  let prev2 = OUTSIDE;
  for (let i = 0; i < words.length; i++) {
    staticFeatures(values, i, scratch.statics);
    historyFeatures(values, i, prev, prev2, scratch.history);
    scratch.scores.fill(0);
    addRows(model.weights, scratch.statics, mask, scratch.scores);
    addRows(model.weights, scratch.history, mask, scratch.scores);
    let tag = best(scratch.scores, prev);
    // Training (train.ts) sees each decision here and updates the weights before the next token.
    if (onToken) tag = onToken(i, tag, scratch);
    tags[i] = tag;
    prev2 = prev;
    prev = tag;
  }
  return tags;
}
