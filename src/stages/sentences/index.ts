import type { Stage } from '../../core/stage.js';
import type { Sentence } from './split.js';
import { splitSentences } from './split.js';

export type { Sentence } from './split.js';
export { splitSentences } from './split.js';
export { tokenize } from './tokenize.js';

export interface SentencesOutput {
  /** Sentences in text order; each holds its tokens, all as spans into the input text. */
  sentences: Sentence[];
}

/**
 * Sentences and tokens of the clean text. Our own rule splitter (abbreviations in `abbreviations.ts`)
 * rather than a library: wink-nlp splits hyphenated names ("Choe Son" + "-hui") and sbd is unmaintained
 * (FIELD-NOTES.md); the table tests hold the news cases both must survive.
 */
export const sentencesStage: Stage<{ text: string }, SentencesOutput> = {
  name: 'sentences',
  version: 1,
  run: (input) => ({ sentences: splitSentences(input.text) }),
};
