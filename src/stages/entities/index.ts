import type { Stage } from '../../core/stage.js';
import type { Sentence } from '../sentences/index.js';
import { splitSentences } from '../sentences/index.js';
import { loadGazetteer } from '../actors/gazetteer/index.js';
import { loadTagger, tagMentions } from './tagger/index.js';
import { repairGluedNames } from './glue.js';
import { datelineHere } from './dateline-here.js';
import { mergeMentions } from './merge.js';
import { surnamesInOffice } from './surname-office.js';
import type { Mention } from './mention.js';

export type { EntityType, Mention, MentionSource } from './mention.js';
export { repairGluedNames, type RepairedText } from './glue.js';
export { personName } from './names.js';

export interface EntitiesInput {
  text: string;
  publishedAt: string | null;
  /** The dateline the extractor took off the text ("Pyongyang, August 15 (KCNA)"), when there was one. */
  dateline?: string | null;
  sentences: readonly Sentence[];
}

export interface EntitiesOutput {
  /** Names in text order, spans into the input text; TITLE mentions are roles for the actors stage. */
  mentions: Mention[];
}

/** The article's date as the gazetteer wants it: a day, or nothing (then every term is a candidate). */
function dayOf(publishedAt: string | null): string | undefined {
  return publishedAt?.slice(0, 10) || undefined;
}

/**
 * Entity mentions: the tagger and the gazetteer over the text with glued KCNA names repaired, merged
 * (merge.ts), then mapped back so every span indexes the original `text`.
 */
export function findMentions(input: EntitiesInput): Mention[] {
  const gazetteer = loadGazetteer();
  const date = dayOf(input.publishedAt);
  // Repair: "ComradeKim Jong Unwas" → "Comrade Kim Jong Un was"; sentences are re-split only if it changed.
  const repaired = repairGluedNames(gazetteer, input.text);
  const changed = repaired.text !== input.text;
  const sentences = changed ? splitSentences(repaired.text) : input.sentences;
  // Find: the tagger's spans and the gazetteer's longest matches, merged into one list.
  const tagged = tagMentions(loadTagger(), repaired.text, sentences);
  const matches = gazetteer.scan(repaired.text, date);
  // Bare surnames of officials in office on the date ("Secretary Blinken"), when the text names no one fuller.
  const merged = surnamesInOffice(
    gazetteer,
    mergeMentions(gazetteer, repaired.text, tagged, matches, date),
    date,
  );
  // Map back: spans into the original text.
  const mentions = changed
    ? merged.map((m) => {
        const start = repaired.toOriginal(m.start);
        const end = repaired.toOriginal(m.end);
        return { ...m, start, end, text: repaired.text.slice(m.start, m.end) };
      })
    : merged;
  // Deixis: "the Russian embassy here" under a "Pyongyang, … (KCNA) --" dateline is in Pyongyang.
  const here = datelineHere(gazetteer, input.text, input.dateline, date);
  if (!here.length) return mentions;
  return [...mentions, ...here].sort((a, b) => a.start - b.start || b.end - a.end);
}

export const entitiesStage: Stage<EntitiesInput, EntitiesOutput> = {
  name: 'entities',
  version: 2,
  run: (input) => ({ mentions: findMentions(input) }),
};
