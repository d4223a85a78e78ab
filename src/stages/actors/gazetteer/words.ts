// The gazetteer's word scanner. Every article is tokenized for the gazetteer (twice when the entities
// stage repairs glued names), and the Unicode regex that defines a word, run with matchAll, was most of
// that cost. This scanner walks the text once, one character at a time, and finds exactly the words the
// regex finds: the regex stays the definition (WORD) and words.test.ts holds the two to the same spans.

/**
 * A word: letters/digits with inner periods ("U.S.", "D.P.R.K."), apostrophes ("P'yongan") or
 * ampersands; hyphens split ("Jong-un"); a trailing possessive "'s" is its own token.
 */
export const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}&]|['’](?![sS]\b)(?=\p{L}))*|['’][sS]\b/gu;

const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const PERIOD = 0x2e;
const AMPERSAND = 0x26;

/** Character classes, as numbers so the scanner's comparisons stay cheap. */
const OTHER = 0;
const LETTER_CLASS = 1;
const NUMBER_CLASS = 2;

/** Classes of the ASCII characters, by code. */
const ASCII_CLASS = Uint8Array.from({ length: 0x80 }, (_, c) =>
  (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? LETTER_CLASS : c >= 0x30 && c <= 0x39 ? NUMBER_CLASS : OTHER,
);

/** Classes of non-ASCII code points, looked up once: most texts use a handful of them. */
const nonAsciiClass = new Map<number, number>();

/** The class of the code point at `at` (OTHER past the end). */
function classAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0x80) return ASCII_CLASS[c] ?? OTHER;
  if (Number.isNaN(c)) return OTHER;
  const cp = text.codePointAt(at) ?? 0;
  let known = nonAsciiClass.get(cp);
  if (known === undefined) {
    const char = String.fromCodePoint(cp);
    known = LETTER.test(char) ? LETTER_CLASS : NUMBER.test(char) ? NUMBER_CLASS : OTHER;
    nonAsciiClass.set(cp, known);
  }
  return known;
}

/** Code units of the code point at `at`: 2 for a surrogate pair, else 1. */
function widthAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

/** `\b` after an "s" (a word character): the next code unit is not an ASCII word character, as /u has it. */
function wordEndsAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f);
}

function isApostrophe(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_QUOTE;
}

/** A possessive "'s" at `at`: an apostrophe, an "s", then no word character. */
function isPossessiveAt(text: string, at: number): boolean {
  const s = text.charCodeAt(at + 1);
  return isApostrophe(text.charCodeAt(at)) && (s === 0x73 || s === 0x53) && wordEndsAt(text, at + 2);
}

/** First alternative: two or more letter-period pairs ("U.S."); the end, or -1. */
function abbreviationEnd(text: string, start: number): number {
  let at = start;
  let pairs = 0;
  while (classAt(text, at) === LETTER_CLASS && text.charCodeAt(at + widthAt(text, at)) === PERIOD) {
    at += widthAt(text, at) + 1;
    pairs += 1;
  }
  return pairs >= 2 ? at : -1;
}

/** Second alternative, from a letter or digit: letters, digits, "&", and apostrophes before a letter. */
function wordEnd(text: string, start: number): number {
  let at = start + widthAt(text, start);
  for (;;) {
    if (classAt(text, at) !== OTHER) at += widthAt(text, at);
    else if (text.charCodeAt(at) === AMPERSAND) at += 1;
    else if (
      isApostrophe(text.charCodeAt(at)) &&
      !isPossessiveAt(text, at) &&
      classAt(text, at + 1) === LETTER_CLASS
    )
      at += 1;
    else return at;
  }
}

/** Calls `onWord` with the span of every word of `text` in order: the spans `text.matchAll(WORD)` gives. */
export function forEachWord(text: string, onWord: (start: number, end: number) => void): void {
  for (let at = 0; at < text.length;) {
    const kind = classAt(text, at);
    let end = -1;
    if (kind === OTHER) end = isPossessiveAt(text, at) ? at + 2 : -1;
    else if (kind === LETTER_CLASS) end = abbreviationEnd(text, at);
    if (kind !== OTHER && end < 0) end = wordEnd(text, at);
    if (end < 0) {
      at += widthAt(text, at);
      continue;
    }
    onWord(at, end);
    at = end;
  }
}
