import type { DomainRule } from './rule.js';

/**
 * "urged the DPRK to stop", "We strongly urge all States to implement …": urging is a request (PLOVER
 * REQUEST, CAMEO 10). The CAMEO dictionary lists URGE's patterns under DEMAND but not the verb itself,
 * so the verb alone codes nothing; its listed patterns still win where they match.
 */
export const urgeVerb: DomainRule = {
  id: 'events/urge-verb',
  verb: /^(?:urge[sd]?|urging)$/u,
  object: /^/u,
  coding: { type: 'REQUEST', mode: null, subMode: null, context: [] },
  fallback: true,
};
