// Resolving the found expressions against a reference day, each with its clause's tense.
import type { Span } from '../../core/span.js';
import { splitSentences } from '../sentences/index.js';
import { clauseBias } from './bias.js';
import type { Day } from './calendar.js';
import { findMentions } from './find.js';
import type { Bias, Mention, Resolved } from './types.js';

export interface ResolvedMention extends Mention {
  /** Index of the sentence holding the mention. */
  sentence: number;
  bias: Bias;
  /** Null when the mention needs a reference and there is none, or is not a date by itself. */
  resolved: Resolved | null;
  /** A bare year qualifying the noun after it ("the 2018 military pact"): the noun's date, not a clause's. */
  attributive: boolean;
}

/** "the 2018 pact", "its 2021 report": a year between a determiner and a word. */
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that)\s+$/iu;
const WORD_AFTER = /^\s+\p{L}/u;

function isAttributive(text: string, m: Span & { text: string }): boolean {
  return (
    /^\d{4}$/u.test(m.text) &&
    DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) &&
    WORD_AFTER.test(text.slice(m.end, m.end + 3))
  );
}

export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  const i = sentences.findIndex((s) => offset < s.end);
  return i < 0 ? sentences.length - 1 : i;
}

/**
 * Every expression of `text`, resolved against `reference` (null: only absolute dates resolve). "The same
 * day" takes the date of the last resolved expression in its sentence or the one before.
 */
export function resolveText(
  text: string,
  reference: Day | null,
  sentences: readonly Span[] = splitSentences(text),
): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const m of findMentions(text)) {
    const sentence = sentenceIndexAt(sentences, m.start);
    const bias = clauseBias(text, sentences[sentence] ?? { start: 0, end: text.length }, m);
    let resolved: Resolved | null = null;
    if (m.relation.kind === 'same-day') {
      const previous = out.findLast(
        (p) => p.resolved && p.resolved.precision === 'day' && p.sentence >= sentence - 1,
      );
      resolved = previous?.resolved ?? null;
    } else if (m.absolute) resolved = m.resolve(0, bias);
    else if (reference !== null) resolved = m.resolve(reference, bias);
    out.push({ ...m, sentence, bias, resolved, attributive: isAttributive(text, m) });
  }
  return out;
}
