// Statements dated by their tense: a release or a statement that names no day still says when it
// speaks. "The United States is imposing sanctions …", "We strongly condemn …", "I advise him …": a
// verb in the present tense happens when the text is issued, the reference day (publication date or
// dateline). Nothing else is dated this way: a past or perfect verb could be any day before it.
import { isQuoted, quotedRanges } from '../../core/quotations.js';
import type { Span } from '../../core/span.js';
import type { AssignInput, Dating } from './assign.js';
import type { Reference } from './anchor.js';
import { onDay } from './intervals.js';
import { sentenceIndexAt } from './resolve.js';

/** A planned or conditional event in the present ("is to visit", "if Seoul attacks") is not now. */
const NOT_NOW = new Set(['planned', 'hypothetical']);
/**
 * Reported speech in the past: "Kim said the talks are over" is present as of the saying, which may
 * be any day before the article.
 */
const PAST_REPORTING =
  /\b(?:said|told|stated|noted|added|announced|claimed|insisted|argued|warned|stressed|emphasi[sz]ed|explained|wrote|according to)\b/iu;
function sentenceText(input: AssignInput, text: string, evidence: Span): string {
  const sentence = input.sentences[sentenceIndexAt(input.sentences, evidence.start)];
  return sentence ? text.slice(sentence.start, sentence.end) : '';
}

/** Dates each undated present-tense statement on the reference day (see the file's opening). */
export function statementDates(
  input: AssignInput,
  dates: (Dating | null)[],
  reference: Reference | null,
  text: string,
): void {
  if (!reference) return;
  // A quotation's present is the speaker's, whenever the speaker spoke.
  const quoted = quotedRanges(text);
  input.events.forEach((e, i) => {
    if (dates[i] || e.historical || e.tense !== 'present' || NOT_NOW.has(e.status)) return;
    if (isQuoted(quoted, e.evidence.start)) return;
    if (PAST_REPORTING.test(sentenceText(input, text, e.evidence))) return;
    // No words of the text name the day: the expression is empty, the anchor says what dated it.
    dates[i] = { resolved: onDay(reference.day), text: '', anchor: reference.anchor };
  });
}
