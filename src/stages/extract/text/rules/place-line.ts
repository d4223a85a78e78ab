import type { LineRule } from '../lines.js';

/**
 * A place alone on a line above the text: "Washington, D.C.", "WASHINGTON, D.C.", "Honolulu, Hawaii"
 * on State Department transcripts. The part after the comma must be one word or an abbreviation,
 * so a short headline with a comma ("Kim, Putin Sign Pact") is not taken for a place.
 */
const PLACE_LINE =
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}, (?:\p{Lu}[\p{L}’'-]+|\p{Lu}\.?\p{Lu}\.?)$/u;

export const placeLine: LineRule = {
  id: 'extract/place-line',
  kind: 'header',
  test: (text) => text.length <= 40 && PLACE_LINE.test(text),
};
