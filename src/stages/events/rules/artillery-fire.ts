import type { DomainRule } from './rule.js';

/**
 * "fired around 350 shells toward the western maritime border": artillery fired into the sea or a
 * buffer zone is a show of force (MOBILIZE); fired at or on someone ("shelled … at South Korean
 * positions") it is an attack with heavy weapons (ASSAULT, CAMEO 194).
 */
export const artilleryFire: DomainRule = {
  id: 'events/artillery-fire',
  verb: /^(?:fir(?:e|ed|es|ing)|launch(?:ed|es|ing)?|shell(?:ed|s|ing)?|lob(?:bed|s|bing)?)$/u,
  object:
    /^(?:\s*\S+){0,5}?\s*(?:shells|artillery|rounds|mortars?|howitzers?|multiple rocket launchers?|rocket artillery)\b/u,
  coding: { type: 'MOBILIZE', mode: 'weapons', subMode: 'artillery-fire', context: ['military'] },
  withRecipient: { type: 'ASSAULT', mode: 'heavy-weapons', subMode: null, context: ['military'] },
};
