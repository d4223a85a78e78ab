import type { DomainRule } from './rule.js';

/**
 * "Kim Gunn also met his Japanese counterpart", "discussed with Director General Funakoshi", "will
 * travel to Seoul": CAMEO files "meet" under 036 (intent to meet, AGREE in PLOVER); a meeting that
 * happened or is scheduled is a CONSULT (the planned status comes from the cue table).
 */
export const consultVerb: DomainRule = {
  id: 'events/consult-verb',
  verb: /^(?:met|meet|meets|visit(?:ed|s)?|travel(?:l?ed|s)?|discuss(?:ed|es)?|consult(?:ed|s)|conferred|talked|hosted)$/u,
  object: /^/u,
  coding: { type: 'CONSULT', mode: null, subMode: null, context: ['diplomatic'] },
};
