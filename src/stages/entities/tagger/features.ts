/**
 * Feature extraction for the tagger. Every feature is a 32-bit hash of (template id, value hash), masked
 * to the model's bucket count, so no feature strings are built: each token's word, lowercase, shape and
 * affixes are hashed once per sentence, and templates combine those integers.
 */

/** FNV-1a over UTF-16 code units of s[from, to). */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Combines a template id with up to two value hashes (murmur3's finaliser for spread). */
export function mix(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The class letter of one UTF-16 code unit for shapes: digit d, upper X, lower x, else the unit itself. */
function shapeClass(code: number, unit: string): number {
  if (code >= 48 && code <= 57) return 100; // 'd'
  if (code < 128) return code >= 65 && code <= 90 ? 88 : code >= 97 && code <= 122 ? 120 : code; // 'X', 'x'
  return unit !== unit.toLowerCase() ? 88 : unit !== unit.toUpperCase() ? 120 : code;
}

/** The short shape of a word: runs of one character class collapse ("Kim" Xx, "Son-hui" Xx-x, "U.S." X.X.). */
export function shapeOf(word: string): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = shapeClass(word.charCodeAt(i), word[i]!);
    if (c !== last) out += String.fromCharCode(c);
    last = c;
  }
  return out;
}

/** hashString(shapeOf(word)) without building the string: the tagger hashes a shape for every token. */
export function shapeHash(word: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = shapeClass(word.charCodeAt(i), word[i]!);
    if (c !== last) h = Math.imul(h ^ c, 0x01000193);
    last = c;
  }
  return h >>> 0;
}

import type { Gazetteer } from './gazetteer.js';
import { gazMarks } from './gazetteer.js';
import { isCompanyWord } from './rules/company-words.js';

/**
 * Per-token hashed values that the context features (a token's neighbours) and the history features read;
 * the decoder of a trained model builds these from its word cache (word-cache.ts).
 */
export interface ContextValues {
  word: Int32Array;
  lower: Int32Array;
  shape: Int32Array;
  /** Name-list marks (gazetteer.ts): the covering match's lists and position, and the token's own lists. */
  gazSpan: Int32Array;
  gazWord: Int32Array;
  /** Company cue (companyCues): 1 inside a capitalised run that a company word ends, 2 on that word. */
  company: Int32Array;
}

/** Per-token hashed values, computed once per sentence: the context values and the token's own affixes. */
export interface TokenValues extends ContextValues {
  prefix3: Int32Array;
  suffix2: Int32Array;
  suffix3: Int32Array;
  suffix4: Int32Array;
}

/** Stands for the positions before and after the sentence. */
export const PAD_BEFORE = hashString('<s>');
export const PAD_AFTER = hashString('</s>');

export function tokenValues(words: readonly string[], gazetteer: Gazetteer | null = null): TokenValues {
  const n = words.length;
  const lowered = words.map((w) => w.toLowerCase());
  const marks = gazetteer
    ? gazMarks(gazetteer, words, lowered)
    : { span: new Int32Array(n), word: new Int32Array(n) };
  const v: TokenValues = {
    gazSpan: marks.span,
    gazWord: marks.word,
    word: new Int32Array(n),
    lower: new Int32Array(n),
    shape: new Int32Array(n),
    prefix3: new Int32Array(n),
    suffix2: new Int32Array(n),
    suffix3: new Int32Array(n),
    suffix4: new Int32Array(n),
    company: companyCues(Uint8Array.from(words, capitalKind)),
  };
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lw = lowered[i]!;
    v.word[i] = hashString(w);
    v.lower[i] = hashString(lw);
    v.shape[i] = shapeHash(w);
    v.prefix3[i] = hashString(lw, 0, 3);
    v.suffix2[i] = hashString(lw, Math.max(0, lw.length - 2));
    v.suffix3[i] = hashString(lw, Math.max(0, lw.length - 3));
    v.suffix4[i] = hashString(lw, Math.max(0, lw.length - 4));
  }
  return v;
}

const CAPITALISED = /^\p{Lu}/u;

/** What companyCues needs of a word: 0 lowercase, 1 capitalised, 2 a capitalised company word. */
export const capitalKind = (word: string): number =>
  !CAPITALISED.test(word) ? 0 : isCompanyWord(word) ? 2 : 1;

/**
 * Marks the capitalised runs that end in a company word ("Korean Air Lines", "Ford Motor Company",
 * "Tata Motors", "Chrysler LLC"): news names most companies that way once, and the tagger, which sees
 * two words either side, misses the cue when the run is longer ("Singapore Airlines" was LOC on dev).
 * `kinds` holds each word's capitalKind; the cues go to `cue`, of the same length.
 */
export function companyCues(kinds: Uint8Array, cue: Int32Array = new Int32Array(kinds.length)): Int32Array {
  cue.fill(0);
  for (let i = kinds.length - 1; i >= 0; i--) {
    const kind = kinds[i]!;
    if (!kind) continue;
    if (kind === 2 && i > 0 && kinds[i - 1]) cue[i] = 2;
    else if (i + 1 < kinds.length && cue[i + 1]) cue[i] = 1;
  }
  return cue;
}

function at(a: Int32Array, i: number): number {
  return i < 0 ? PAD_BEFORE : i >= a.length ? PAD_AFTER : a[i]!;
}

/** A neighbour's list marks, -1 outside the sentence. */
function near(a: Int32Array, j: number): number {
  return j < 0 || j >= a.length ? -1 : a[j]!;
}

/** How many static (history-free) features each token has; `staticFeatures` fills exactly this many. */
export const STATIC_FEATURES = 26;
/**
 * The first WORD_FEATURES static features read the token's own word only (bias, lowercase, word, shape,
 * prefix, suffixes), so a trained model's decoder sums their rows once per word (word-cache.ts).
 */
export const WORD_FEATURES = 8;

/** Fills `out` with the token's static feature hashes (unmasked). */
export function staticFeatures(v: TokenValues, i: number, out: Uint32Array): void {
  wordFeatures(v, i, out);
  contextFeatures(v, i, out);
}

/** Fills out[0, WORD_FEATURES) with the features of the token's own word. */
export function wordFeatures(v: TokenValues, i: number, out: Uint32Array): void {
  out[0] = mix(0, 0);
  out[1] = mix(1, v.lower[i]!);
  out[2] = mix(2, v.word[i]!);
  out[3] = mix(3, v.shape[i]!);
  out[4] = mix(4, v.prefix3[i]!);
  out[5] = mix(5, v.suffix2[i]!);
  out[6] = mix(6, v.suffix3[i]!);
  out[7] = mix(7, v.suffix4[i]!);
}

/**
 * The context features that read one neighbour's lowercase word only: feature FIRST_NEIGHBOUR_FEATURE + k
 * reads the word at NEIGHBOUR_OFFSETS[k] from the token (the word before, after, two before, two after).
 * With exact rows the decoder takes their rows from the neighbours' cached words (word-cache.ts).
 */
export const FIRST_NEIGHBOUR_FEATURE = 8;
export const NEIGHBOUR_OFFSETS: readonly number[] = [-1, 1, -2, 2];

/** Neighbour feature k of a token whose neighbour there has this lowercase hash (PAD_* outside). */
export const neighbourFeature = (k: number, lower: number): number => mix(FIRST_NEIGHBOUR_FEATURE + k, lower);

/** Fills out[WORD_FEATURES, STATIC_FEATURES) with the features that read the token's neighbours or place. */
export function contextFeatures(v: ContextValues, i: number, out: Uint32Array): void {
  const { lower } = v;
  out[8] = neighbourFeature(0, at(lower, i - 1));
  out[9] = neighbourFeature(1, at(lower, i + 1));
  out[10] = neighbourFeature(2, at(lower, i - 2));
  out[11] = neighbourFeature(3, at(lower, i + 2));
  uncachedContextFeatures(v, i, out);
}

/**
 * Fills out[12, STATIC_FEATURES): contextFeatures but the neighbour features, whose rows a decoder with
 * exact rows reads from its word cache (word-cache.ts). Skipping them spares four hashes a token and their
 * garbage: V8 inlines only so many `mix` calls into one function, and a call it does not inline returns
 * its 32-bit hash as a new heap number.
 */
export function uncachedContextFeatures(v: ContextValues, i: number, out: Uint32Array): void {
  const { lower, shape } = v;
  out[12] = mix(12, at(shape, i - 1), shape[i]!);
  out[13] = mix(13, shape[i]!, at(shape, i + 1));
  out[14] = mix(14, at(lower, i - 1), lower[i]!);
  out[15] = mix(15, lower[i]!, at(lower, i + 1));
  out[16] = mix(16, i === 0 ? 1 : 0, shape[i]!);
  out[17] = mix(17, at(shape, i - 1), mix(0, shape[i]!, at(shape, i + 1)));
  out[18] = mix(18, at(v.word, i + 1), at(shape, i - 1));
  gazetteerFeatures(v, i, out);
}

/**
 * Index of the one list feature that reads the token's own word only (its own lists and shape). It stays
 * among the context features: moving it would change the order in which the decoder adds float rows, and
 * so the float32 rounding of the sums; with integer rows the order does not matter (word-cache.ts).
 */
export const OWN_LISTS_FEATURE = 20;

/** The feature of a token's own lists (gazMarks' `word`) and shape. */
export const ownListsFeature = (gazWord: number, shape: number): number =>
  mix(OWN_LISTS_FEATURE, gazWord, shape);

/** List evidence around the token: "Kim" after a given name, "Airbus" in the company list, "Mobile, Ala." */
function gazetteerFeatures(v: ContextValues, i: number, out: Uint32Array): void {
  const { gazSpan, gazWord, shape } = v;
  out[19] = mix(19, gazSpan[i]!);
  out[OWN_LISTS_FEATURE] = ownListsFeature(gazWord[i]!, shape[i]!);
  out[21] = mix(21, near(gazWord, i - 1), shape[i]!);
  out[22] = mix(22, near(gazSpan, i + 1));
  out[23] = mix(23, near(gazSpan, i - 1), gazSpan[i]!);
  out[24] = mix(24, at(v.lower, i - 1), at(v.lower, i + 1));
  out[25] = mix(27, v.company[i]!, shape[i]!);
}

/**
 * How many transition features each token has; they depend on the previous token's tag only (first order),
 * so the decoder (model.ts) can search all tag sequences with Viterbi. The three are exported one by one
 * too, so the decoder can fold each into a tag × tag block it computes once per model (transition), per
 * shape or per word (history-blocks.ts) rather than once per token and previous tag.
 */
export const HISTORY_FEATURES = 3;

export const transitionFeature = (prev: number): number => mix(30, prev);
export const wordHistoryFeature = (prev: number, lower: number): number => mix(32, prev, lower);
export const shapeHistoryFeature = (prev: number, shape: number): number => mix(33, prev, shape);

export function historyFeatures(v: ContextValues, i: number, prev: number, out: Uint32Array): void {
  out[0] = transitionFeature(prev);
  out[1] = wordHistoryFeature(prev, v.lower[i]!);
  out[2] = shapeHistoryFeature(prev, v.shape[i]!);
}
