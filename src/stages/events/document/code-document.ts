// The events stage over a whole document: code each sentence, then the document-level passes
// (order here matters: merging needs every sentence's events).
import type { Entity, Event } from '../../../core/document.js';
import { message } from '../../../core/message.js';
import type { StageContext } from '../../../core/stage.js';
import type { Sentence } from '../../sentences/index.js';
import { codeSentence, type CodedEvent } from '../coder/code-sentence.js';
import { codeNominals } from '../coder/nominal.js';
import type { VerbLexicon } from '../dictionary/lexicon.js';
import { documentActors, type MentionActorLike } from './actor-source.js';
import { requireDyadicSides } from './dyadic-sides.js';
import { mergeRetold } from './merge-retold.js';
import { namesTime } from './time-words.js';
import { dropPurposeInfinitives } from './purpose-infinitive.js';
import { eventAnaphora } from './event-anaphora.js';
import { splitGluedTokens } from './glued-tokens.js';

export interface EventsInput {
  text: string;
  sentences: readonly Sentence[];
  entities: readonly Entity[];
  /** The actors stage's mention-level readings (capitals and seats acting as governments). */
  mentionActors: readonly MentionActorLike[];
}

export interface EventsOutput {
  events: Event[];
}

/** Below this a coding is kept but reported, so a reviewer can find the guesses. */
const LOW_CONFIDENCE = 0.5;

export function codeDocument(input: EventsInput, lexicon: VerbLexicon, ctx: StageContext): EventsOutput {
  const actors = documentActors(input.text, input.entities, input.mentionActors, input.sentences);
  // Sentence by sentence: verbal events and nominal ones, with their participants and status.
  const sentences = splitGluedTokens(input.text, input.sentences, input.entities);
  const coded: CodedEvent[] = sentences.flatMap((s) => [
    ...codeSentence(input.text, s, { lexicon, actors }),
    ...codeNominals(input.text, s, actors),
  ]);
  // One real-world event told twice in the article is one event (the first telling's evidence).
  const merged = mergeRetold(
    requireDyadicSides(
      eventAnaphora(input.text, dropPurposeInfinitives(input.text, coded, lexicon)),
      input.text,
    ),
    (c) => namesTime(input.text, input.sentences, c.event.evidence.start),
  );
  for (const c of merged) {
    if (c.event.confidence <= LOW_CONFIDENCE)
      ctx.report(
        message('info', c.ruleId, `low-confidence ${c.event.type} coding (${c.event.confidence})`, {
          start: c.event.evidence.start,
          end: c.event.evidence.end,
        }),
      );
  }
  return { events: merged.map((c) => ({ ...c.event, subMode: c.subMode, ruleId: c.ruleId })) };
}
