import type { PlaceRule } from './rule.js';

/**
 * "fired around 350 shells toward the inter-Korean western maritime border", "launched … into the East Sea":
 * the target area of fire is where an analyst records the event (the CSIS provocations database and ACLED both
 * code the border area or the sea). Only areas qualify: "toward the US" or "into Russia" name a recipient or a
 * destination, not the scene.
 */
export const towardArea: PlaceRule = {
  id: 'places/toward-area',
  cue: /\b(?:toward|towards|into|across|over|along)\s+(?:the\s+)?/giu,
  accepts: (place) => ['border', 'sea', 'island', 'site'].includes(place.kind),
};
