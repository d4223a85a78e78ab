import type { LineRule } from '../lines.js';

/**
 * "The below is attributable to Spokesperson Ned Price:" / "The following is attributable to ...":
 * the State Department's lead-in to a readout. It introduces the text and says nothing itself.
 */
const ATTRIBUTION =
  /^the (?:below|following|above)(?: statement| readout)? (?:is|are) attributable to\b.{0,100}:$/i;

export const attributionLine: LineRule = {
  id: 'extract/attribution-line',
  kind: 'header',
  test: (text) => ATTRIBUTION.test(text),
};
