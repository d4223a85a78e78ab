// Rule events/purpose-infinitive: an infinitive right after a noun says what the noun is for
// ("Russia procuring North Korean weapons to support its invasion", "global efforts to support the
// Ukrainian people"); it is no act of the sentence's subject. After a verb or an adjective of
// readiness ("seeks to boost", "pledged to counter", "ready to assist") the infinitive is the
// statement's content and other rules code it, so only a plural noun before "to" drops the event.
import type { CodedEvent } from '../coder/code-sentence.js';
import type { VerbLexicon } from '../dictionary/lexicon.js';

export const RULE_ID = 'events/purpose-infinitive';

/** "<word> to <verb>" ending at the verb; the word is the named group. */
const BEFORE_INFINITIVE = /\b(?<word>[a-z]+)\s+to\s+(?:[a-z]+ly\s+)?$/iu;
/** A plural or mass noun: "weapons", "efforts", "means" (not "was", "has", "is"). */
const PLURAL_NOUN = /^[a-z]{3,}[^su]s$/u;

export function dropPurposeInfinitives(
  text: string,
  events: readonly CodedEvent[],
  lexicon: VerbLexicon,
): CodedEvent[] {
  return events.filter((c) => {
    const before = BEFORE_INFINITIVE.exec(text.slice(Math.max(0, c.verb.start - 40), c.verb.start));
    const word = before?.groups?.['word']?.toLowerCase();
    if (!word || !PLURAL_NOUN.test(word)) return true;
    // "seeks to", "plans to", "vows to": a verb form governs its infinitive.
    return lexicon.lookup([word], 0) !== null;
  });
}
