import type { DomainRule } from './rule.js';

/**
 * "rejected a Senegalese peace plan", "rebuffed the offer", "refused to allow UN planes to land": the CAMEO block REFUSE has no code of its
 * own ([---]) and codes "reject" only with an object it lists (a proposal, a treaty, demands). What
 * its patterns leave uncoded is still a rejection (PLOVER REJECT, CAMEO 120).
 */
export const rejectVerb: DomainRule = {
  id: 'events/reject-verb',
  verb: /^(?:reject(?:s|ed|ing)?|rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?|refus(?:e|ed|es|ing)|declin(?:e|ed|es|ing))$/u,
  object: /^/u,
  coding: { type: 'REJECT', mode: null, subMode: null, context: [] },
  fallback: true,
};

/**
 * "dismissed an appeal from President Gbagbo to lay down their arms": dismissing a proposal or a call
 * rejects it (REJECT); the dictionary's DISMISS codes disapproval (110, ACCUSE), right for "dismissed
 * the report as lies".
 */
export const dismissProposal: DomainRule = {
  id: 'events/dismiss-proposal',
  verb: /^(?:dismiss(?:ed|es|ing)?|brush(?:ed|es)? aside)$/u,
  object:
    /^\s*(?:[\w-]+\s+){0,3}?(?:appeals?|offers?|proposals?|plans?|demands?|calls?|requests?|overtures?|initiatives?)\b/u,
  coding: { type: 'REJECT', mode: null, subMode: null, context: [] },
};
