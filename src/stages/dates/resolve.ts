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
    out.push({ ...m, sentence, bias, resolved });
  }
  return out;
}
