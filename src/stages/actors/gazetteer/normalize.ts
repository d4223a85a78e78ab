// Name normalization shared by the dictionary side and the text side, so that "Kim Jong Un",
// "Kim Jong-un" and "KIM Jong-Un" become the same tokens (kim, jong, un), "U.S." becomes (us)
// and "South Korea's" becomes (south, korea, 's).
import { forEachWord, WORD } from './words.js';

export interface Token {
  /** Folded form: lower case, no diacritics, no inner periods or apostrophes. */
  norm: string;
  /** The token as written, to check case-sensitive names ("US" against "us"). */
  raw: string;
  start: number;
  end: number;
}

const ASCII = /^[\t\n\r -~]*$/;
const ASCII_DROPPED = /[.']/g;

/** Folds case and diacritics ("Guterres" = "Gutérres", "Stéphane" = "Stephane"), drops periods and apostrophes. */
export function fold(word: string): string {
  // ASCII needs no Unicode normalization (nine in ten words of an English article): same result, faster.
  if (ASCII.test(word)) return word.toLowerCase().replace(ASCII_DROPPED, '');
  return (
    word
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      // Recompose: NFKD splits Hangul syllables into jamo, which are letters, not marks.
      .normalize('NFC')
      .toLowerCase()
      .replace(/[.'’]/g, '')
  );
}

/** A word of letters and digits only (nine in ten): lower case is its whole folding. */
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
const POSSESSIVE = /^['’]s$/i;

/** The folded form of one word as tokenized. */
function normOf(raw: string): string {
  return PLAIN_WORD.test(raw) ? raw.toLowerCase() : POSSESSIVE.test(raw) ? "'s" : fold(raw);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (start, end) => {
    const raw = text.slice(start, end);
    tokens.push({ norm: normOf(raw), raw, start, end });
  });
  return tokens;
}

const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * The folded tokens of a dictionary name. Most of the 48,000 names are plain ASCII words
 * ("VLADIMIR PUTIN"): they skip the regex tokenizer, which keeps start-up under the budget.
 */
export function nameTokens(name: string): string[] {
  if (PLAIN_WORDS.test(name)) return name.toLowerCase().split(' ');
  // The 4,000 others are read at start-up, before the JIT has compiled the word scanner: the regex
  // that defines a word, already machine code, is three times faster on them then (same words).
  return Array.from(name.matchAll(WORD), (m) => normOf(m[0]));
}

/** The folded tokens of a name joined by spaces: the key names are compared by. */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

/** Russian patronymics ("Viktorovich", "Vladimirovna") may be left out: "Sergei Viktorovich Lavrov" = "Sergei Lavrov". */
const PATRONYMIC = /^\p{L}+(?:ovich|evich|yevich|ich|ovna|evna|ichna|yevna)$/u;

export function isPatronymic(norm: string): boolean {
  return norm.length > 6 && PATRONYMIC.test(norm);
}

/**
 * Short all-capital names ("US", "UK", "UN", "ROK", "DPRK") only match capitals in the text: folded,
 * "US" would be the pronoun "us". Longer all-capital dictionary forms ("IRAN", from Phoenix) are not acronyms.
 */
export function isCaseSensitive(name: string): boolean {
  if (/[a-z]/.test(name) || name.length > 12) return false;
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters === '' || letters !== letters.toUpperCase() || !/^\p{Lu}+$/u.test(letters)) return false;
  return !/\s/.test(name.trim()) && (letters.length <= 3 || !/[AEIOU]/.test(letters));
}

/** True when the written token is in capitals (or an abbreviation with periods), as a case-sensitive name needs. */
export function isUpper(raw: string): boolean {
  return raw === raw.toUpperCase() && /\p{Lu}/u.test(raw);
}
