// Tense of the clause around a date: "will meet on Monday" points forward, "met on Monday" back.
import type { Span } from '../../core/span.js';
import type { Bias } from './types.js';

/** Future markers: modal "will", "is set/scheduled/due/expected to", "plans to", "upcoming". */
const FUTURE =
  /\b(?:will|shall|won['’]t|(?:is|are|was|were|be)\s+(?:set|scheduled|due|expected|slated|poised|going)\s+to|plans?\s+to|intends?\s+to|to\s+be\s+held|upcoming)\b|['’]ll\b/iu;
/** A clause ends at a semicolon, a colon, a dash, or a comma followed by a conjunction. */
const CLAUSE_BREAK = /[;:—]|,\s+(?:and|but|while|whereas|after|before)\b/giu;

/**
 * After the date its clause ends at punctuation or where a reported clause begins: in "warned Saturday
 * that Pyongyang will take countermeasures" and "said Monday it will", the "will" is not the date's.
 */
const NEXT_CLAUSE = /[;:—,]|\b(?:that|which|he|she|it|they|we|I)\b/u;

/**
 * Past unless the clause holding `span` (within `sentence`) has a future marker before the date or
 * right after it: "Kim will visit Moscow on Monday", "a meeting on Monday is set to …".
 */
export function clauseBias(text: string, sentence: Span, span: Span): Bias {
  const before = text.slice(sentence.start, span.start);
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  const last = breaks.at(-1);
  const clauseStart = last ? last.index + last[0].length : 0;
  const after = text.slice(span.end, sentence.end);
  const nextBreak = after.search(NEXT_CLAUSE);
  const clause = before.slice(clauseStart) + ' ' + after.slice(0, nextBreak < 0 ? undefined : nextBreak);
  return FUTURE.test(clause) ? 'future' : 'past';
}
