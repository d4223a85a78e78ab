import type { ContextValues } from './features.js';
import { shapeHistoryFeature, transitionFeature, wordHistoryFeature } from './features.js';
import { TAG_COUNT } from './labels.js';
import type { TaggerModel } from './model.js';

/**
 * The transition features of one token as a TAG_COUNT × TAG_COUNT block, block[prev * TAG_COUNT + tag]:
 * the pure transition weight, plus previous tag × the token's shape, plus previous tag × its lowercase word.
 * Looked up token by token this is 3 × TAG_COUNT weight rows scattered over a ~10 MB array, most of the
 * decoder's time. A trained model's weights no longer change, so the block of a shape (a few hundred
 * shapes, each with the transition folded in) is summed once and kept, and a word's whole block once per
 * word (word-cache.ts keeps it). During training the weights change after every sentence, so the blocks
 * are summed fresh.
 */
const BLOCK = TAG_COUNT * TAG_COUNT;

export interface HistoryBlocks {
  shapes: Map<number, Float32Array>;
}

const frozen = new WeakMap<TaggerModel, HistoryBlocks>();

/** The caches of a trained model, shared by every decode with it. */
export function blocksOf(model: TaggerModel): HistoryBlocks {
  let blocks = frozen.get(model);
  if (!blocks) {
    blocks = { shapes: new Map() };
    frozen.set(model, blocks);
  }
  return blocks;
}

/** Which history feature a block row comes from (features.ts). */
const enum Kind {
  Transition,
  Shape,
  Word,
}

/** Adds, for every previous tag, the weight row of that kind's feature into block[prev * TAG_COUNT ...]. */
function addPerPrev(model: TaggerModel, kind: Kind, value: number, block: Float32Array): void {
  const w = model.weights;
  const mask = (1 << model.hashBits) - 1;
  for (let prev = 0; prev < TAG_COUNT; prev++) {
    const feature =
      kind === Kind.Transition
        ? transitionFeature(prev)
        : kind === Kind.Shape
          ? shapeHistoryFeature(prev, value)
          : wordHistoryFeature(prev, value);
    const base = (feature & mask) * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) block[prev * TAG_COUNT + t]! += w[base + t]!;
  }
}

function shapeBlock(model: TaggerModel, shape: number): Float32Array {
  const block = new Float32Array(BLOCK);
  addPerPrev(model, Kind.Transition, 0, block);
  addPerPrev(model, Kind.Shape, shape, block);
  return block;
}

/** Fills `out` with token i's transition block, summed fresh from the weights (training). */
export function historyBlock(model: TaggerModel, values: ContextValues, i: number, out: Float32Array): void {
  out.fill(0);
  addPerPrev(model, Kind.Transition, 0, out);
  addPerPrev(model, Kind.Shape, values.shape[i]!, out);
  addPerPrev(model, Kind.Word, values.lower[i]!, out);
}

/**
 * A trained model's transition block of a word with this shape and lowercase hash: the cached shape block
 * (transition folded in) plus the word's rows, each sum rounded to float32 on the store, in the order
 * historyBlock adds them.
 */
export function transitionBlock(
  model: TaggerModel,
  blocks: HistoryBlocks,
  shape: number,
  lower: number,
): Float32Array {
  let perShape = blocks.shapes.get(shape);
  if (!perShape) blocks.shapes.set(shape, (perShape = shapeBlock(model, shape)));
  const block = perShape.slice();
  addPerPrev(model, Kind.Word, lower, block);
  return block;
}
