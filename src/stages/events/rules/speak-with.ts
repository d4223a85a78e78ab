import type { DomainRule } from './rule.js';

/**
 * "Deputy Secretary Sherman spoke today with Republic of Korea First Vice Foreign Minister Choi",
 * "spoke by phone with": speaking with someone is consulting them (CAMEO 040/041, PLOVER CONSULT);
 * the dictionary files SPEAK with the statements (010). Speaking to reporters or about a topic is not.
 */
export const speakWith: DomainRule = {
  id: 'events/speak-with',
  verb: /^(?:spoke|speak|speaks|speaking|spoken)$/u,
  object: /^\s+(?:[\w-]+\s+){0,3}?with\b/u,
  coding: { type: 'CONSULT', mode: null, subMode: null, context: ['diplomatic'] },
};
