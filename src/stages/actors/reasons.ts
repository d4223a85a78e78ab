// Reasons behind actor codes (issue 3, "why, not just what"): each one names the rule or the dictionary
// entry that decided a code and the words it read, so the UI can show them and a wrong code be traced.
import type { ActorReason } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { Candidate } from './gazetteer/index.js';

export const DICTIONARY = 'actors/dictionary';

/** A reason that read `span` of `text`. */
export function reason(text: string, ruleId: string, span: Span, detail: string | null = null): ActorReason {
  return { ruleId, start: span.start, end: span.end, text: text.slice(span.start, span.end), detail };
}

/** "officials:choe son-hui 2024-01-16..": the entry, its term on the article's date, and where it comes from. */
export function entryDetail(c: Candidate): string {
  const term = c.from || c.to ? ` ${c.from ?? ''}..${c.to ?? ''}` : '';
  const ended = c.ended ? ' (ended)' : '';
  const ref = c.ref && c.ref !== c.id ? ` ${c.ref}` : '';
  return `${c.id}${term}${ended}${ref}`;
}

/** The dictionary entry a mention was coded from. */
export function dictionaryReason(text: string, span: Span, c: Candidate): ActorReason {
  return reason(text, DICTIONARY, span, entryDetail(c));
}
