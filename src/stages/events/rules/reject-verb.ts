import type { DomainRule } from './rule.js';

/**
 * "rejected a Senegalese peace plan", "rebuffed the offer": the CAMEO block REFUSE has no code of its
 * own ([---]) and codes "reject" only with an object it lists (a proposal, a treaty, demands). What
 * its patterns leave uncoded is still a rejection (PLOVER REJECT, CAMEO 120).
 */
export const rejectVerb: DomainRule = {
  id: 'events/reject-verb',
  verb: /^(?:reject(?:s|ed|ing)?|rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?)$/u,
  object: /^/u,
  coding: { type: 'REJECT', mode: null, subMode: null, context: [] },
  fallback: true,
};
