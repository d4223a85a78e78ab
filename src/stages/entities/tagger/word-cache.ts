import type { Span } from '../../../core/span.js';
import { SpanMemo } from '../../../core/span-memo.js';
import type { ContextValues } from './features.js';
import {
  FIRST_NEIGHBOUR_FEATURE,
  NEIGHBOUR_OFFSETS,
  OWN_LISTS_FEATURE,
  PAD_AFTER,
  PAD_BEFORE,
  WORD_FEATURES,
  neighbourFeature,
  capitalKind,
  companyCues,
  ownListsFeature,
  tokenValues,
  wordFeatures,
} from './features.js';
import { frozenRows, sumFrozenRows } from './frozen-rows.js';
import type { PhraseNode } from './gazetteer.js';
import { marksOf } from './gazetteer.js';
import { blocksOf, transitionBlock } from './history-blocks.js';
import { TAG_COUNT } from './labels.js';
import type { TaggerModel } from './model.js';

/**
 * What a trained model's decoder reads from a word alone, worked out once per word string. News repeats
 * its words ("the", "said", "Kim", "DPRK"), and per token the tagger hashed each word seven ways, looked it
 * up in the name lists and summed the weight rows of its eight word-only features: a third of the rows.
 * Keyed by the word itself, not a hash of it, so two words can never share an entry.
 */
export interface CachedWord {
  /** The word's hashes and lowercase form, as tokenValues computes them (features.ts). */
  word: number;
  lower: number;
  shape: number;
  lowerText: string;
  /** Its node in the name lists' trie (gazetteer.ts): no node when no phrase starts with it. */
  gazNode: PhraseNode | undefined;
  /** Its capitalKind, for the company cues. */
  capitalKind: number;
  /**
   * Where its sums sit in its cache: emissions from slot × WORD_SUMS, transitions from slot × BLOCK.
   * The emission is the decoder's running sums over the rows of the word's first WORD_FEATURES features,
   * each rounded to float32 as sumFrozenRows rounds them: continuing from these with the other features,
   * in feature order, gives the same bits as summing all from zero. When the rows are exact
   * (frozen-rows.ts) the sums also hold the row of the word's own-lists feature, which the decoder then
   * skips, and the emission is followed by the word's row under each neighbour feature (features.ts).
   * The transitions are the word's whole transition block (history-blocks.ts).
   */
  slot: number;
}

const BLOCK = TAG_COUNT * TAG_COUNT;

/** Sums per word in `emissions`: its own, then its row under each neighbour feature. */
export const WORD_SUMS = TAG_COUNT * (1 + NEIGHBOUR_OFFSETS.length);

/**
 * The features a decoder with exact rows takes from the cached words rather than the packed rows, one bit
 * each: the own-lists feature and the neighbour features.
 */
export const CACHED_CONTEXT_FEATURES =
  (1 << OWN_LISTS_FEATURE) | (((1 << NEIGHBOUR_OFFSETS.length) - 1) << FIRST_NEIGHBOUR_FEATURE);

/**
 * Words kept before the cache starts over: ~19 MB at most (504 bytes of sums a slot, room for 32,768
 * slots past 16,384 words, ~100 bytes a word for its key and object); the 232 KCNA and State Department
 * texts hold 12,800 distinct words.
 */
const MAX_WORDS = 20_000;

/**
 * A trained model's cached words, their sums side by side in two arrays rather than in two typed arrays
 * per word: a token's word, sums and transition block were five objects scattered over the heap, each a
 * likely cache miss, and these reads were a fifth of the tagger's time.
 */
export class WordCache {
  readonly #words = new SpanMemo<CachedWord>();
  readonly #limit: number;
  /** Each word's emission sums and neighbour rows, WORD_SUMS from slot × WORD_SUMS. */
  emissions = new Float32Array(0);
  /** Each word's transition block, BLOCK from slot × BLOCK. */
  transitions = new Float32Array(0);
  /** The padding's row under each neighbour feature, for tokens near the sentence's ends. */
  readonly pads = new Float32Array(NEIGHBOUR_OFFSETS.length * TAG_COUNT);

  constructor(limit = MAX_WORDS) {
    this.#limit = limit;
  }

  /**
   * The cached words of a sentence, its tokens' spans in `text`, learning the new ones. The cache starts
   * over when full before a sentence, never within one, so the slots of the words returned stay theirs
   * until the next call.
   */
  sentence(
    text: string,
    tokens: readonly Span[],
    learn: (word: string, slot: number) => CachedWord,
  ): CachedWord[] {
    if (this.#words.size >= this.#limit) this.#words.clear();
    return tokens.map(({ start, end }) => {
      const known = this.#words.get(text, start, end);
      if (known) return known;
      this.#grow(this.#words.size + 1);
      return this.#words.add(text, start, end, learn(text.slice(start, end), this.#words.size));
    });
  }

  /** Room for `words` words' sums, doubling as the slots fill. */
  #grow(words: number): void {
    if (this.emissions.length >= words * WORD_SUMS) return;
    const room = Math.max(words, this.emissions.length / WORD_SUMS) * 2;
    const emissions = new Float32Array(room * WORD_SUMS);
    const transitions = new Float32Array(room * BLOCK);
    emissions.set(this.emissions);
    transitions.set(this.transitions);
    [this.emissions, this.transitions] = [emissions, transitions];
  }
}

const caches = new WeakMap<TaggerModel, WordCache>();

/** A trained model's word cache (the model's weights must no longer change). */
export function wordCacheOf(model: TaggerModel): WordCache {
  let cache = caches.get(model);
  if (!cache) {
    caches.set(model, (cache = new WordCache()));
    const [rows, mask] = [frozenRows(model), (1 << model.hashBits) - 1];
    NEIGHBOUR_OFFSETS.forEach((offset, k) => {
      const pad = neighbourFeature(k, offset < 0 ? PAD_BEFORE : PAD_AFTER);
      sumFrozenRows(rows, Uint32Array.of(pad), 0, mask, ZERO, 0, cache!.pads.subarray(k * TAG_COUNT));
    });
  }
  return cache;
}

const ZERO = new Float32Array(TAG_COUNT);

/**
 * With exact rows (frozen-rows.ts), writes to `out` token i's sums of the features CACHED_CONTEXT_FEATURES
 * and its word's: its word's cached emission plus each neighbour feature's row, read at the neighbour's
 * word (the padding's outside the sentence). A neighbour's sums were read for its own token a step
 * before or will be a step after, where a row of the packed weights was a likely cache miss.
 */
export function cachedSums(
  cache: WordCache,
  words: readonly CachedWord[],
  i: number,
  out: Float32Array,
): void {
  const { emissions, pads } = cache;
  const own = words[i]!.slot * WORD_SUMS;
  for (let t = 0; t < TAG_COUNT; t++) out[t] = emissions[own + t]!;
  for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
    const j = i + NEIGHBOUR_OFFSETS[k]!;
    const inside = j >= 0 && j < words.length;
    const sums = inside ? emissions : pads;
    const at = inside ? words[j]!.slot * WORD_SUMS + (1 + k) * TAG_COUNT : k * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) out[t]! += sums[at + t]!;
  }
}

/** Works a word out as tokenValues and wordFeatures do for a token, so the values are the same. */
function learnWord(model: TaggerModel, cache: WordCache, word: string, slot: number): CachedWord {
  const alone = tokenValues([word]);
  const lowerText = word.toLowerCase();
  const gazNode = model.gazetteer?.trie.get(lowerText);
  const [shape, lower] = [alone.shape[0]!, alone.lower[0]!];
  const rows = frozenRows(model);
  const features = new Uint32Array(WORD_FEATURES + (rows.exact ? 1 : 0));
  wordFeatures(alone, 0, features);
  if (rows.exact) features[WORD_FEATURES] = ownListsFeature(gazNode?.bits ?? 0, shape);
  const mask = (1 << model.hashBits) - 1;
  const emission = new Float32Array(TAG_COUNT);
  sumFrozenRows(rows, features, 0, mask, emission, 0, emission);
  cache.emissions.set(emission, slot * WORD_SUMS);
  for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
    sumFrozenRows(rows, Uint32Array.of(neighbourFeature(k, lower)), 0, mask, ZERO, 0, emission);
    cache.emissions.set(emission, slot * WORD_SUMS + (1 + k) * TAG_COUNT);
  }
  cache.transitions.set(transitionBlock(model, blocksOf(model), shape, lower), slot * BLOCK);
  return {
    word: alone.word[0]!,
    lower,
    shape,
    lowerText,
    gazNode,
    capitalKind: capitalKind(word),
    slot,
  };
}

/**
 * The cached words of a sentence, its tokens' spans in `text`, learning the new ones: valid until the
 * model's next sentence.
 */
export function cachedWords(model: TaggerModel, text: string, tokens: readonly Span[]): CachedWord[] {
  const cache = wordCacheOf(model);
  return cache.sentence(text, tokens, (word, slot) => learnWord(model, cache, word, slot));
}

/**
 * Arrays the decoder reuses across a document's sentences for their context values: a typed array longer
 * than 64 bytes (16 tokens) gets its own off-heap buffer, which cost the collector more than the values
 * cost to compute, and the tagger made eight of them per sentence.
 */
export interface ContextBuffers extends ContextValues {
  /** Each token's capitalKind, which the company cues are read from. */
  kinds: Uint8Array;
}

export const contextBuffers = (tokens: number): ContextBuffers => ({
  word: new Int32Array(tokens),
  lower: new Int32Array(tokens),
  shape: new Int32Array(tokens),
  gazSpan: new Int32Array(tokens),
  gazWord: new Int32Array(tokens),
  company: new Int32Array(tokens),
  kinds: new Uint8Array(tokens),
});

/**
 * The sentence's context values (features.ts) from its cached words, as tokenValues would give them, in
 * views of `buffers` (at least as long as the sentence): valid until the buffers' next sentence.
 */
export function contextValuesOf(words: readonly CachedWord[], buffers: ContextBuffers): ContextValues {
  const n = words.length;
  const word = buffers.word.subarray(0, n);
  const lower = buffers.lower.subarray(0, n);
  const shape = buffers.shape.subarray(0, n);
  const kinds = buffers.kinds.subarray(0, n);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    word[i] = w.word;
    lower[i] = w.lower;
    shape[i] = w.shape;
    kinds[i] = w.capitalKind;
  }
  const marks = marksOf(words, {
    span: buffers.gazSpan.subarray(0, n),
    word: buffers.gazWord.subarray(0, n),
  });
  const company = companyCues(kinds, buffers.company.subarray(0, n));
  return { word, lower, shape, gazSpan: marks.span, gazWord: marks.word, company };
}
