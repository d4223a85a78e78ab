import type { Span } from '../../core/span.js';
import { CLOSING_ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';

/** What kind of period a token carries; the sentence splitter decides from it whether a sentence may end. */
export type PeriodKind = 'none' | 'title' | 'number' | 'closing' | 'dotted' | 'initial';

/**
 * A text's tokens as spans, and beside them the period each carries: the spans become the sentences'
 * tokens as they are, the periods only tell the splitter where a sentence may end.
 */
export interface Tokens {
  spans: Span[];
  periods: PeriodKind[];
}

function addToken(tokens: Tokens, start: number, end: number, period: PeriodKind): void {
  tokens.spans.push({ start, end });
  tokens.periods.push(period);
}

/**
 * One alternative per token class, tried in order at each position (the regex is sticky and unicode):
 * a URL; a dotted abbreviation ("U.S.", "a.m.", "N.V."); a number ("1,200.5", "10:30"); a word whose
 * hyphens and inner apostrophes stay inside ("Choe Son-hui", "O'Brien"); a run of the same punctuation
 * ("...", "--", "?!"); any other single character. The groups are numbered, not named: a named group
 * makes every match build a groups object, once per token.
 */
const TOKEN = new RegExp(
  [
    String.raw`(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'])`,
    String.raw`((?:\p{L}\.){2,})`,
    String.raw`(\p{N}+(?:[.,:]\p{N}+)*)`,
    String.raw`([\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*)`,
    String.raw`(\.{2,}|-{2,}|[!?]{2,}|…)`,
    String.raw`(\S)`,
  ].join('|'),
  'uy',
);
const DOTTED_GROUP = 2;
const WORD_GROUP = 4;
const SPACE = /\s+/y;

/** English clitics split off as their own tokens, as in the training treebanks ("Korea's" → "Korea" "'s"). */
const CLITIC = /(?:['’](?:s|re|ve|ll|d|m)|n['’]t)$/iu;

/** A word's period kind, when the word is followed directly by "." and is a known abbreviation or an initial. */
function periodKind(word: string): PeriodKind {
  const key = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(key)) return 'title';
  if (NUMBER_ABBREVIATIONS.has(key)) return 'number';
  if (CLOSING_ABBREVIATIONS.has(key)) return 'closing';
  // A single capital is an initial: "S. Korean", "John F. Kennedy".
  if (word.length === 1 && word !== word.toLowerCase()) return 'initial';
  return 'none';
}

function pushWord(tokens: Tokens, text: string, start: number, end: number): void {
  const word = text.slice(start, end);
  // Every clitic has an apostrophe: most words need no regex.
  const clitic = word.includes("'") || word.includes('’') ? CLITIC.exec(word) : null;
  if (clitic && clitic.index > 0) {
    addToken(tokens, start, start + clitic.index, 'none');
    addToken(tokens, start + clitic.index, end, 'none');
    return;
  }
  addToken(tokens, start, end, 'none');
}

function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

/**
 * The end of the plain ASCII word at `pos` when TOKEN would match it as its word alternative, else -1
 * (TOKEN decides): nine tokens in ten are such words, and a character loop finds them faster than the
 * regex. Not a URL ("http"), not a dotted abbreviation (one letter and a period), and the word must stop
 * at an ASCII character other than a hyphen or an apostrophe, which could continue it.
 */
function plainWordEnd(text: string, pos: number): number {
  if (!isAsciiLetter(text.charCodeAt(pos)) || text.startsWith('http', pos)) return -1;
  let end = pos + 1;
  while (isAsciiAlnum(text.charCodeAt(end))) end += 1;
  const next = text.charCodeAt(end);
  if (next >= 0x80 || next === 0x2d || next === 0x27 || (end === pos + 1 && next === 0x2e)) return -1;
  return end;
}

/** A space, tab or line break: TOKEN's \s, told apart without the regex for ASCII. */
function spaceEnd(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
    let end = pos + 1;
    for (let n = text.charCodeAt(end); n === 0x20 || (n >= 0x09 && n <= 0x0d); n = text.charCodeAt(end))
      end += 1;
    return end;
  }
  if (c < 0x80) return -1;
  SPACE.lastIndex = pos;
  return SPACE.test(text) ? SPACE.lastIndex : -1;
}

/** Splits `text[from, to)` into tokens with spans into `text`; abbreviations keep their period. */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const tokens: Tokens = { spans: [], periods: [] };
  let pos = from;
  while (pos < to) {
    const space = spaceEnd(text, pos);
    if (space >= 0) {
      pos = space;
      continue;
    }
    const plain = plainWordEnd(text, pos);
    TOKEN.lastIndex = pos;
    const m = plain >= 0 ? null : TOKEN.exec(text);
    if (plain < 0 && !m) break;
    const word = plain >= 0 || m?.[WORD_GROUP] !== undefined;
    const end = Math.min(plain >= 0 ? plain : pos + (m?.[0].length ?? 0), to);
    if (m?.[DOTTED_GROUP] !== undefined) {
      addToken(tokens, pos, end, 'dotted');
    } else if (word && text[end] === '.' && end < to) {
      const kind = periodKind(text.slice(pos, end));
      if (kind === 'none') pushWord(tokens, text, pos, end);
      else addToken(tokens, pos, end + 1, kind);
      pos = kind === 'none' ? end : end + 1;
      continue;
    } else if (word) {
      pushWord(tokens, text, pos, end);
    } else {
      addToken(tokens, pos, end, 'none');
    }
    pos = end;
  }
  return tokens;
}
