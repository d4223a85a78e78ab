import type { PlaceRule } from './rule.js';

/** "Choe's visit to Russia", "a trip to Pyongyang", "travelled to Beijing": the destination is the scene. */
export const visitTo: PlaceRule = {
  id: 'places/visit-to',
  cue: /\b(?:visit|visits|visited|visiting|trip|trips|travel|travels|travelled|traveled|flew|arrived|arrival)\s+(?:to|in)\s+(?:the\s+)?/giu,
  accepts: (place) => place.kind !== 'sea' && place.kind !== 'region',
};
