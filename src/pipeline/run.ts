import type { Document } from '../core/document.js';
import { collectingContext } from '../core/stage.js';
import type { RawInput } from '../stages/extract/index.js';
import { stages } from './stages.js';

export interface RunOptions {
  now?: Date;
  signal?: AbortSignal;
}

/** Runs one input through every stage; the Document carries every message the stages reported. */
export async function processInput(input: RawInput, options: RunOptions = {}): Promise<Document> {
  const ctx = collectingContext(options);
  // Extract: the clean article and its metadata.
  const doc = await stages.extract.run(input, ctx);
  // Sentences, entities, actors: who is named in the text, coded on the article's date.
  const { sentences } = await stages.sentences.run(doc, ctx);
  const { mentions } = await stages.entities.run({ ...doc, sentences }, ctx);
  const { entities, mentionActors } = await stages.actors.run({ text: doc.text, mentions, sentences }, ctx);
  // Events: who did what to whom, sentence by sentence, retellings merged.
  const { events } = await stages.events.run({ text: doc.text, sentences, entities, mentionActors }, ctx);
  // Dates: each event's interval, from the publication date, the dateline or another event.
  const dated = await stages.dates.run({ ...doc, sentences, events }, ctx);
  // Places and quotes: where each event happened; who said what, and which event each quote expresses.
  const placed = await stages.places.run({ text: doc.text, sentences, events: dated.events }, ctx);
  const quoted = await stages.quotes.run({ text: doc.text, sentences, entities, events: placed.events }, ctx);
  return {
    ...doc,
    entities,
    events: quoted.events,
    quotes: quoted.quotes,
    messages: [...doc.messages, ...ctx.messages],
  };
}
