import type { PlaceRule } from './rule.js';

/**
 * "met in Seoul", "a meeting … in Moscow", "at Panmunjom", "off the east coast near Wonsan": the event's
 * location. Any kind of place: a capital after "in"/"at" is a place (DESIGN.md §4), before a verb it is the
 * government and the actors stage codes it so.
 */
export const inAt: PlaceRule = {
  id: 'places/in-at',
  cue: /\b(?:in|at|near|outside|off|inside)\s+(?:the\s+)?(?:(?:city|port|town|village|county|island|waters) of\s+)?/giu,
  accepts: () => true,
};
