// Whether a sentence names a time, cheaply, by its words: a weekday, a month, a year, "yesterday",
// "this week", "two days ago". The dates stage resolves them; the events stage only needs to know
// which telling of a retold event carries one (merge-retold.ts).
import type { Span } from '../../../core/span.js';

const TIME_WORDS =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|(?:this|last|next|earlier this|later this) (?:week|month|year)|(?:jan|febr)uary|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d|\w+ (?:days|weeks|months) (?:ago|earlier|later))\b/iu;

/** True when the sentence holding `at` names a time. */
export function namesTime(text: string, sentences: readonly Span[], at: number): boolean {
  const s = sentences.find((x) => x.start <= at && at < x.end);
  return s !== undefined && TIME_WORDS.test(text.slice(s.start, s.end));
}
