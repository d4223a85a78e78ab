import { eld } from 'eld/medium';

/**
 * Language identification with eld's medium n-gram database (FIELD-NOTES: 8/8 probes including a
 * headline; franc-min and tinyld misread short English). The database loads once, when this module is
 * first imported (about 1 s and 100 MB); the CLI imports the extract stage only for commands that
 * extract, so `sitroom --help` does not pay for it.
 */

/**
 * Fewer letters than this give no reliable answer: eld calls "ok" Polish and the headline "Kim Jong-un
 * inspects artillery drills" French. A Korean sentence has far more than 20 letters in a few words.
 */
const MIN_LETTERS = 20;
/** Enough text to decide; more only costs time on long pages (eld itself reads the first 1,000). */
const SAMPLE_CHARS = 4000;

const LETTER = /\p{L}/gu;

/** Whether `text` has at least `min` letters, counted only that far (not an array of every letter). */
function hasLetters(text: string, min: number): boolean {
  let count = 0;
  for (const _letter of text.matchAll(LETTER)) if (++count >= min) return true;
  return false;
}

/** The ISO 639-1 code of the text's language, or null when the text is too short or the answer unreliable. */
export function detectLanguage(text: string): string | null {
  const sample = text.trim().slice(0, SAMPLE_CHARS);
  if (!hasLetters(sample, MIN_LETTERS)) return null;
  const result = eld.detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}
