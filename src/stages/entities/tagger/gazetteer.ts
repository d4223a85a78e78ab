/**
 * Name lists as tagger features. A list match is evidence, not a decision: the model learns how far to
 * trust "Mobile" being a city or "Jobs" being no first name. The lists are built from openly licensed
 * data by `npm run train` (scripts/ner-gazetteer.ts) and ship as data/ner/gazetteer.tsv beside the model.
 * File: one `classBits<TAB>phrase` per line, the phrase lowercased and space-joined in sentence-stage tokens.
 */

/** One bit per list; FIRST (given names) counts only for a token on its own. */
export const GAZ_LISTS = ['COUNTRY', 'CITY', 'ORG', 'PER', 'FIRST'] as const;
export type GazList = (typeof GAZ_LISTS)[number];
export const gazBit = (list: GazList): number => 1 << GAZ_LISTS.indexOf(list);

export interface Gazetteer {
  phrases: Map<string, number>;
  /**
   * Every proper prefix of a multi-token phrase ("new", "new south"), so a match stops growing as soon as
   * no phrase can continue it: "the" heads some band names, and each "the" in a text used to build every
   * candidate up to the longest phrase.
   */
  prefixes: Set<string>;
  /**
   * phrases and prefixes in one map for gazMarks, which asks both of every candidate: a phrase's bits
   * times two, plus one when it is a prefix (see `entryOf`). One lookup per candidate instead of three.
   */
  entries: Map<string, number>;
  /** The longest phrase, in tokens. */
  maxTokens: number;
}

export const emptyGazetteer = (): Gazetteer => ({
  phrases: new Map(),
  prefixes: new Set(),
  entries: new Map(),
  maxTokens: 0,
});

/** A phrase's list bits and whether longer phrases continue it, as `entries` stores them. */
const entryBits = (entry: number): number => Math.floor(entry / 2);
const entryIsPrefix = (entry: number): boolean => entry % 2 === 1;

export function addPhrase(g: Gazetteer, tokens: readonly string[], bits: number): void {
  if (!tokens.length) return;
  const key = tokens.join(' ').toLowerCase();
  const keyBits = (g.phrases.get(key) ?? 0) | bits;
  g.phrases.set(key, keyBits);
  g.entries.set(key, keyBits * 2 + (g.prefixes.has(key) ? 1 : 0));
  g.maxTokens = Math.max(g.maxTokens, tokens.length);
  let prefix = '';
  for (let k = 0; k < tokens.length - 1; k++) {
    prefix += (k ? ' ' : '') + tokens[k]!;
    const lower = prefix.toLowerCase();
    g.prefixes.add(lower);
    g.entries.set(lower, (g.phrases.get(lower) ?? 0) * 2 + 1);
  }
}

export function parseGazetteer(text: string): Gazetteer {
  const g = emptyGazetteer();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) addPhrase(g, line.slice(tab + 1).split(' '), Number(line.slice(0, tab)));
  }
  return g;
}

/** Sorted lines, so the same lists give the same bytes. */
export const serializeGazetteer = (g: Gazetteer): string =>
  [...g.phrases]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([phrase, bits]) => `${bits}\t${phrase}\n`)
    .join('');

/** Where a token sits in the list match that covers it. */
const POSITION = { single: 1, begin: 2, inside: 3, end: 4 } as const;

/** Per token: `span` = list bits of the longest match covering it, shifted, plus its position; `word` = its own bits. */
export interface GazMarks {
  span: Int32Array;
  word: Int32Array;
}

/** Longest matches left to right; multi-token matches of FIRST alone are ignored. */
export function gazMarks(
  g: Gazetteer,
  words: readonly string[],
  lower: readonly string[] = words.map((w) => w.toLowerCase()),
): GazMarks {
  return marksOf(
    g,
    lower,
    lower.map((w) => entryOf(g, w)),
  );
}

/** The lowercase word's `entries` value, 0 when no phrase is or starts with it. */
export const entryOf = (g: Gazetteer, lower: string): number => g.entries.get(lower) ?? 0;

/** gazMarks with each word's entryOf given (a trained model's word cache keeps them). */
export function marksOf(g: Gazetteer, lower: readonly string[], own: ArrayLike<number>): GazMarks {
  const n = lower.length;
  const span = new Int32Array(n);
  const word = new Int32Array(n);
  for (let i = 0; i < n; i++) word[i] = entryBits(own[i]!);
  const first = gazBit('FIRST');
  for (let i = 0; i < n;) {
    let len = 0;
    let bits = 0;
    // Candidate phrases grow one token at a time while some phrase starts with them; the longest listed wins.
    const longest = Math.min(g.maxTokens, n - i);
    let phrase = lower[i]!;
    for (let k = 1; k <= longest; k++) {
      if (k > 1) phrase += ` ${lower[i + k - 1]!}`;
      const entry = k === 1 ? own[i]! : (g.entries.get(phrase) ?? 0);
      const b = entryBits(entry) & ~first;
      if (b) [len, bits] = [k, b];
      if (!entryIsPrefix(entry)) break;
    }
    if (!len) {
      i++;
      continue;
    }
    for (let j = i; j < i + len; j++) {
      const pos =
        len === 1
          ? POSITION.single
          : j === i
            ? POSITION.begin
            : j === i + len - 1
              ? POSITION.end
              : POSITION.inside;
      span[j] = (bits << 3) | pos;
    }
    i += len;
  }
  return { span, word };
}
