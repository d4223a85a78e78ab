import type { TokenValues } from './features.js';
import { historyFeatures, staticFeatures, tokenValues } from './features.js';
import type { Scratch, TaggerModel } from './model.js';
import { decode, emptyModel, newScratch } from './model.js';
import { OUTSIDE } from './labels.js';
import type { Gazetteer } from './gazetteer.js';
import { TAG_COUNT } from './labels.js';

/** One training sentence: words and their gold BIO tag indices. */
export interface TaggedSentence {
  words: string[];
  tags: number[];
}

export interface TrainOptions {
  iterations: number;
  hashBits: number;
  /** Seeds the shuffle of sentence order between iterations; same seed, same model bytes. */
  seed: number;
  /** Name lists for the list features; the model keeps them. */
  gazetteer?: Gazetteer;
}

/** mulberry32: a small seeded PRNG, so the shuffle is the same on every run and platform. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

/**
 * Averaged perceptron (Collins 2002) with lazy averaging: `totals` accumulates each weight times the
 * number of updates it survived, brought up to date only when the weight changes and at the end.
 */
class Averager {
  readonly totals: Float64Array;
  readonly stamps: Uint32Array;
  clock = 0;
  constructor(readonly model: TaggerModel) {
    this.totals = new Float64Array(model.weights.length);
    this.stamps = new Uint32Array(model.weights.length);
  }

  update(features: Uint32Array, tag: number, delta: number): void {
    const mask = (1 << this.model.hashBits) - 1;
    const w = this.model.weights;
    for (let f = 0; f < features.length; f++) {
      const k = (features[f]! & mask) * TAG_COUNT + tag;
      this.totals[k]! += (this.clock - this.stamps[k]!) * w[k]!;
      this.stamps[k] = this.clock;
      w[k]! += delta;
    }
  }

  /** Replaces the weights by their averages over all steps. */
  finish(): void {
    const w = this.model.weights;
    for (let k = 0; k < w.length; k++) {
      const total = this.totals[k]! + (this.clock - this.stamps[k]!) * w[k]!;
      w[k] = this.clock === 0 ? 0 : total / this.clock;
    }
  }
}

/**
 * Structured perceptron step (Collins 2002): where the decoded sequence differs from the gold one, the gold
 * path's features gain and the predicted path's lose, token by token.
 */
function learn(
  avg: Averager,
  values: TokenValues,
  gold: readonly number[],
  predicted: Uint8Array,
  s: Scratch,
): void {
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    const p = predicted[i]!;
    const gPrev = i === 0 ? OUTSIDE : gold[i - 1]!;
    const pPrev = i === 0 ? OUTSIDE : predicted[i - 1]!;
    if (g !== p) {
      staticFeatures(values, i, s.statics);
      avg.update(s.statics, g, 1);
      avg.update(s.statics, p, -1);
    }
    if (g !== p || gPrev !== pPrev) {
      historyFeatures(values, i, gPrev, s.history);
      avg.update(s.history, g, 1);
      historyFeatures(values, i, pPrev, s.history);
      avg.update(s.history, p, -1);
    }
  }
}

/** Trains a tagger; deterministic for the same sentences and options. */
export function train(sentences: readonly TaggedSentence[], options: TrainOptions): TaggerModel {
  const model = emptyModel(options.hashBits, options.gazetteer ?? null);
  const avg = new Averager(model);
  const random = prng(options.seed);
  const order = sentences.map((_, i) => i);
  const scratch = newScratch();
  const values = sentences.map((s) => tokenValues(s.words, model.gazetteer));
  for (let it = 0; it < options.iterations; it++) {
    shuffle(order, random);
    for (const index of order) {
      avg.clock++;
      const predicted = decode(model, values[index]!, scratch);
      learn(avg, values[index]!, sentences[index]!.tags, predicted, scratch);
    }
  }
  avg.finish();
  return model;
}
