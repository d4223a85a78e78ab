import type { Span } from '../../core/span.js';
import { SENTENCE_OPENERS } from './abbreviations.js';
import type { PeriodKind } from './tokenize.js';
import { tokenize } from './tokenize.js';

export interface Sentence extends Span {
  tokens: Span[];
}

/** Closing quotes and brackets that stay with the sentence they close: `He said "We will go." Then`. */
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const TERMINATORS = /^(?:[.!?]+|…|\.{3,})$/u;
/** The characters a terminator can start with: most tokens are told apart without a slice and a regex. */
const TERMINATOR_STARTS = new Set(['.', '!', '?', '…']);

function isTerminator(text: string, token: Span): boolean {
  return (
    TERMINATOR_STARTS.has(text[token.start] ?? '') && TERMINATORS.test(text.slice(token.start, token.end))
  );
}
/** A paragraph break (blank line) always ends a sentence, whatever precedes it. */
const PARAGRAPH = /\n[^\S\n]*\n/g;
const UPPER_START = /^[\p{Lu}\p{N}"“‘'([]/u;

/** Whether `token`, with its period, ends a sentence, given the token that would start the next one. */
function endsSentence(text: string, token: Span, period: PeriodKind, next: Span | undefined): boolean {
  const surface = text.slice(token.start, token.end);
  if (!next) return TERMINATORS.test(surface) || period !== 'none';
  const nextText = text.slice(next.start, next.end);
  // "?" or "!" inside a quote followed by lowercase continues: `"Is it?" he asked.`
  if (!UPPER_START.test(nextText)) return false;
  switch (period) {
    case 'title':
    case 'initial':
      return false;
    case 'number':
      return !/^\p{N}/u.test(nextText);
    case 'closing':
    case 'dotted':
      return SENTENCE_OPENERS.has(nextText.toLowerCase()) || /^["“([]/u.test(nextText);
    default:
      return TERMINATORS.test(surface);
  }
}

/** The next token that is not a closer, starting at `i`; closers after a terminator join its sentence. */
function skipClosers(text: string, tokens: readonly Span[], i: number): number {
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j];
    if (!t || !CLOSERS.has(text.slice(t.start, t.end))) break;
    // A quote that opens the next sentence is separated by space from the terminator and touches a word.
    const spaced = t.start > (tokens[j - 1]?.end ?? t.start);
    if (spaced && tokens[j + 1]?.start === t.end) break;
    j++;
  }
  return j;
}

function splitBlock(text: string, from: number, to: number, out: Sentence[]): void {
  const { spans: tokens, periods } = tokenize(text, from, to);
  let first = 0;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Span;
    const period = periods[i] ?? 'none';
    const candidate = isTerminator(text, token) || period !== 'none';
    if (!candidate) {
      i++;
      continue;
    }
    const after = skipClosers(text, tokens, i + 1);
    if (endsSentence(text, token, period, tokens[after]) || after === tokens.length) {
      pushSentence(tokens, first, after, out);
      first = after;
      i = after;
    } else i++;
  }
  if (first < tokens.length) pushSentence(tokens, first, tokens.length, out);
}

function pushSentence(tokens: readonly Span[], from: number, to: number, out: Sentence[]): void {
  const spans = tokens.slice(from, to);
  const head = spans[0];
  const tail = spans[spans.length - 1];
  if (head && tail) out.push({ start: head.start, end: tail.end, tokens: spans });
}

/** Splits text into sentences of tokens, each with spans into `text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (const m of text.matchAll(PARAGRAPH)) {
    splitBlock(text, from, m.index, out);
    from = m.index + m[0].length;
  }
  splitBlock(text, from, text.length, out);
  return out;
}
