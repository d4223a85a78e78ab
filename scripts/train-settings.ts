/** The tagger's training settings, shared by `npm run train` and the dev check (scripts/ner-dev.ts). */
export const TRAIN_SETTINGS = {
  iterations: Number(process.env['NER_ITERATIONS'] ?? 8),
  hashBits: 18,
  seed: 20240118,
};
