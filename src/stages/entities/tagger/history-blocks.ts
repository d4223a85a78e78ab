import type { TokenValues } from './features.js';
import { shapeHistoryFeature, transitionFeature, wordHistoryFeature } from './features.js';
import { TAG_COUNT } from './labels.js';
import type { TaggerModel } from './model.js';

/**
 * The transition features of one token as a TAG_COUNT × TAG_COUNT block, block[prev * TAG_COUNT + tag]:
 * the pure transition weight, plus previous tag × the token's shape, plus previous tag × its lowercase word.
 * Looked up token by token this is 3 × TAG_COUNT weight rows scattered over a ~10 MB array, most of the
 * decoder's time. A trained model's weights no longer change, so the block of a shape (a few hundred
 * shapes, each with the transition folded in) and of a word (news repeats "the", "said", "Kim") is summed
 * once and kept. During training the weights change after every sentence, so the blocks are summed fresh.
 */
const BLOCK = TAG_COUNT * TAG_COUNT;
/** Word blocks kept before the cache starts over: ~6 MB at 324 bytes a block, a large article's vocabulary. */
const MAX_WORD_BLOCKS = 20_000;

export interface HistoryBlocks {
  shapes: Map<number, Float32Array>;
  words: Map<number, Float32Array>;
}

const frozen = new WeakMap<TaggerModel, HistoryBlocks>();

/** The caches of a trained model, shared by every decode with it. */
export function blocksOf(model: TaggerModel): HistoryBlocks {
  let blocks = frozen.get(model);
  if (!blocks) {
    blocks = { shapes: new Map(), words: new Map() };
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

function wordBlock(model: TaggerModel, lower: number): Float32Array {
  const block = new Float32Array(BLOCK);
  addPerPrev(model, Kind.Word, lower, block);
  return block;
}

/** Fills `out` with token i's transition block, summed fresh from the weights (training). */
export function historyBlock(model: TaggerModel, values: TokenValues, i: number, out: Float32Array): void {
  out.fill(0);
  addPerPrev(model, Kind.Transition, 0, out);
  addPerPrev(model, Kind.Shape, values.shape[i]!, out);
  addPerPrev(model, Kind.Word, values.lower[i]!, out);
}

/**
 * Token i's transition block of a trained model as its two cached parts, the shape block (transition
 * folded in) and the word block, in `out.shape` and `out.word`; the decoder adds them where it reads them
 * rather than writing their sum into a third block for every token.
 */
export function cachedHistoryParts(
  model: TaggerModel,
  blocks: HistoryBlocks,
  values: TokenValues,
  i: number,
  out: { shapeBlock: Float32Array; wordBlock: Float32Array },
): void {
  const shape = values.shape[i]!;
  const lower = values.lower[i]!;
  let s = blocks.shapes.get(shape);
  if (!s) blocks.shapes.set(shape, (s = shapeBlock(model, shape)));
  let w = blocks.words.get(lower);
  if (!w) {
    if (blocks.words.size >= MAX_WORD_BLOCKS) blocks.words.clear();
    blocks.words.set(lower, (w = wordBlock(model, lower)));
  }
  out.shapeBlock = s;
  out.wordBlock = w;
}
