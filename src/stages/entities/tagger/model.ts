import type { TokenValues } from './features.js';
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

/** allowedAfter as a table, ALLOWED[prev * TAG_COUNT + tag], for the decoder's inner loop. */
const ALLOWED = Uint8Array.from({ length: TAG_COUNT * TAG_COUNT }, (_, k) =>
  allowedAfter(Math.floor(k / TAG_COUNT), k % TAG_COUNT) ? 1 : 0,
);

/** Scores of every tag at token i after tag `prev` from the transition features, into `out`. */
function transitionScores(
  model: TaggerModel,
  values: TokenValues,
  i: number,
  prev: number,
  s: Scratch,
): void {
  historyFeatures(values, i, prev, s.history);
  s.scores.fill(0);
  addRows(model.weights, s.history, (1 << model.hashBits) - 1, s.scores);
}

/**
 * The best-scoring BIO-valid tag sequence (Viterbi over first-order transitions): greedy left-to-right
 * decoding opened and closed names one token at a time and cut spans ("Faber-Castell USA" → "Faber-Castell").
 */
export function decode(model: TaggerModel, values: TokenValues, s: Scratch): Uint8Array {
  const n = values.word.length;
  const mask = (1 << model.hashBits) - 1;
  const best = new Float64Array(n * TAG_COUNT).fill(-Infinity);
  const back = new Uint8Array(n * TAG_COUNT);
  const emit = new Float32Array(TAG_COUNT);
  for (let i = 0; i < n; i++) {
    staticFeatures(values, i, s.statics);
    emit.fill(0);
    addRows(model.weights, s.statics, mask, emit);
    const prevs = i === 0 ? 1 : TAG_COUNT;
    for (let prev = 0; prev < prevs; prev++) {
      const base = i === 0 ? 0 : best[(i - 1) * TAG_COUNT + prev]!;
      if (base === -Infinity) continue;
      transitionScores(model, values, i, prev, s);
      for (let t = 0; t < TAG_COUNT; t++) {
        if (!ALLOWED[prev * TAG_COUNT + t]) continue;
        const score = base + s.scores[t]! + emit[t]!;
        if (score > best[i * TAG_COUNT + t]!) {
          best[i * TAG_COUNT + t] = score;
          back[i * TAG_COUNT + t] = prev;
        }
      }
    }
  }
  const tags = new Uint8Array(n);
  if (!n) return tags;
  let arg = OUTSIDE;
  for (let t = 1; t < TAG_COUNT; t++)
    if (best[(n - 1) * TAG_COUNT + t]! > best[(n - 1) * TAG_COUNT + arg]!) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * TAG_COUNT + arg]!;
  }
  return tags;
}

/** Tags one sentence: its token values, then the best tag sequence. */
export function tagSentence(
  model: TaggerModel,
  words: readonly string[],
  scratch: Scratch = newScratch(),
): Uint8Array {
  return decode(model, tokenValues(words, model.gazetteer), scratch);
}
