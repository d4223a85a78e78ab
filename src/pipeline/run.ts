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
  const doc = await stages.extract.run(input, ctx);
  return { ...doc, messages: [...doc.messages, ...ctx.messages] };
}
