import type { DomainRule } from './rule.js';

/**
 * "accepted demands from Shona rebels that it initiate political reforms": yielding to a demand is a
 * CONCEDE (CAMEO 08). The dictionary's ACCEPT block has no code of its own; only its listed objects
 * are coded.
 */
export const acceptDemands: DomainRule = {
  id: 'events/accept-demands',
  verb: /^(?:accept(?:s|ed|ing)?)$/u,
  object: /^(?:\s+[\w-]+){0,4}?\s+(?:demands?|requests?|conditions?|ultimatum)\b/u,
  coding: { type: 'CONCEDE', mode: null, subMode: null, context: [] },
  fallback: true,
};

/**
 * "Denmark today accepted a formula for ending its fisheries dispute": accepting a plan, a formula or
 * an offer is an agreement (PLOVER AGREE), where the dictionary lists no object.
 */
export const acceptVerb: DomainRule = {
  id: 'events/accept-verb',
  verb: /^(?:accept(?:s|ed|ing)?)$/u,
  object: /^/u,
  coding: { type: 'AGREE', mode: null, subMode: null, context: ['diplomatic'] },
  fallback: true,
};
