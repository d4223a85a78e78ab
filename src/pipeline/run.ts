import type { Document } from '../core/document.js';
import { collectingContext } from '../core/stage.js';
import type { RawInput } from '../stages/extract/index.js';
import { stages } from './stages.js';

export interface RunOptions {
  now?: Date;
  signal?: AbortSignal;
  /** Called after each stage with its name and wall-clock milliseconds (`npm run bench -- pipeline`). */
  onStage?: (name: string, ms: number) => void;
}

/** Runs one input through every stage; the Document carries every message the stages reported. */
export async function processInput(input: RawInput, options: RunOptions = {}): Promise<Document> {
  const ctx = collectingContext(options);
  const step = stageTimer(options.onStage);
  // Extract: the clean article and its metadata.
  const doc = await step(stages.extract.name, () => stages.extract.run(input, ctx));
  // Sentences, entities, actors: who is named in the text, coded on the article's date.
  const { sentences } = await step(stages.sentences.name, () => stages.sentences.run(doc, ctx));
  const { mentions } = await step(stages.entities.name, () =>
    stages.entities.run({ ...doc, sentences }, ctx),
  );
  const { entities, mentionActors } = await step(stages.actors.name, () =>
    stages.actors.run({ text: doc.text, mentions, sentences }, ctx),
  );
  // Events: who did what to whom, sentence by sentence, retellings merged.
  const { events } = await step(stages.events.name, () =>
    stages.events.run({ text: doc.text, sentences, entities, mentionActors }, ctx),
  );
  // Dates: each event's interval, from the publication date, the dateline or another event.
  const dated = await step(stages.dates.name, () => stages.dates.run({ ...doc, sentences, events }, ctx));
  // Places and quotes: where each event happened; who said what, and which event each quote expresses.
  const placed = await step(stages.places.name, () =>
    stages.places.run({ text: doc.text, sentences, events: dated.events }, ctx),
  );
  const quoted = await step(stages.quotes.name, () =>
    stages.quotes.run({ text: doc.text, sentences, entities, events: placed.events }, ctx),
  );
  return {
    ...doc,
    entities,
    events: quoted.events,
    quotes: quoted.quotes,
    messages: [...doc.messages, ...ctx.messages],
  };
}

/** Runs a stage, reporting its time when a hook is given; without one it only awaits. */
function stageTimer(onStage: RunOptions['onStage']) {
  return async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
    if (!onStage) return run();
    const started = performance.now();
    const out = await run();
    onStage(name, performance.now() - started);
    return out;
  };
}
