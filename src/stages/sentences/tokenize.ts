import type { Span } from '../../core/span.js';
import { CLOSING_ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';

/** What kind of period a token carries; the sentence splitter decides from it whether a sentence may end. */
export type PeriodKind = 'none' | 'title' | 'number' | 'closing' | 'dotted' | 'initial';

export interface RawToken extends Span {
  period: PeriodKind;
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

function pushWord(tokens: RawToken[], text: string, start: number, end: number): void {
  const word = text.slice(start, end);
  // Every clitic has an apostrophe: most words need no regex.
  const clitic = word.includes("'") || word.includes('’') ? CLITIC.exec(word) : null;
  if (clitic && clitic.index > 0) {
    tokens.push({ start, end: start + clitic.index, period: 'none' });
    tokens.push({ start: start + clitic.index, end, period: 'none' });
    return;
  }
  tokens.push({ start, end, period: 'none' });
}

/** Splits `text[from, to)` into tokens with spans into `text`; abbreviations keep their period. */
export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const tokens: RawToken[] = [];
  let pos = from;
  while (pos < to) {
    SPACE.lastIndex = pos;
    if (SPACE.test(text)) {
      pos = SPACE.lastIndex;
      continue;
    }
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) break;
    const end = Math.min(pos + m[0].length, to);
    if (m[DOTTED_GROUP] !== undefined) {
      tokens.push({ start: pos, end, period: 'dotted' });
    } else if (m[WORD_GROUP] !== undefined && text[end] === '.' && end < to) {
      const kind = periodKind(m[0]);
      if (kind === 'none') pushWord(tokens, text, pos, end);
      else tokens.push({ start: pos, end: end + 1, period: kind });
      pos = kind === 'none' ? end : end + 1;
      continue;
    } else if (m[WORD_GROUP] !== undefined) {
      pushWord(tokens, text, pos, end);
    } else {
      tokens.push({ start: pos, end, period: 'none' });
    }
    pos = end;
  }
  return tokens;
}
