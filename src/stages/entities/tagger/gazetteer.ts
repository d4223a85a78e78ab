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
   * The phrases as a trie of their lowercase tokens, for gazMarks: a match grows token by token while some
   * phrase continues it, reading the next word's node rather than building and looking up the candidate
   * string ("the" heads some band names, and every "the" in a text built "the kim", "the kim jong"...).
   */
  trie: Map<string, PhraseNode>;
}

/** One token in the phrase trie: the list bits of the phrase that ends here, the tokens that continue it. */
export interface PhraseNode {
  bits: number;
  next: Map<string, PhraseNode> | null;
}

export const emptyGazetteer = (): Gazetteer => ({ phrases: new Map(), trie: new Map() });

export function addPhrase(g: Gazetteer, tokens: readonly string[], bits: number): void {
  if (!tokens.length) return;
  const key = tokens.join(' ').toLowerCase();
  const keyBits = (g.phrases.get(key) ?? 0) | bits;
  g.phrases.set(key, keyBits);
  let level = g.trie;
  let node: PhraseNode | undefined;
  for (const token of key.split(' ')) {
    if (node) level = node.next ??= new Map();
    node = level.get(token);
    if (!node) level.set(token, (node = { bits: 0, next: null }));
  }
  node!.bits = keyBits;
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

/** Longest matches left to right; multi-token matches of FIRST alone are ignored. Words hold no spaces. */
export function gazMarks(
  g: Gazetteer,
  words: readonly string[],
  lower: readonly string[] = words.map((w) => w.toLowerCase()),
): GazMarks {
  return marksOf(lower.map((w) => ({ lowerText: w, gazNode: g.trie.get(w) })));
}

/** A word as marksOf reads it: lowercase, and its node in the trie (none when no phrase starts with it). */
export interface ListedWord {
  lowerText: string;
  gazNode: PhraseNode | undefined;
}

/**
 * gazMarks with each word's node in the trie given (a trained model's cached words are ListedWords, so
 * the decoder passes them as they are), written to `marks` (arrays of the sentence's length, which the
 * decoder reuses across sentences).
 */
export function marksOf(
  words: readonly ListedWord[],
  marks: GazMarks = { span: new Int32Array(words.length), word: new Int32Array(words.length) },
): GazMarks {
  const n = words.length;
  const { span, word } = marks;
  span.fill(0);
  for (let i = 0; i < n; i++) word[i] = words[i]!.gazNode?.bits ?? 0;
  const first = gazBit('FIRST');
  for (let i = 0; i < n;) {
    let len = 0;
    let bits = 0;
    // The match grows one token at a time while some phrase continues it; the longest listed wins.
    let node = words[i]!.gazNode;
    for (let k = 1; node; k++) {
      if (node.bits & ~first) {
        len = k;
        bits = node.bits & ~first;
      }
      if (!node.next || i + k >= n) break;
      node = node.next.get(words[i + k]!.lowerText);
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
  return marks;
}
