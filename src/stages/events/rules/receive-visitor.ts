import type { DomainRule } from './rule.js';

/**
 * "Kim Jong Un received a military delegation of the Russian Federation", "received Russian Defence
 * Minister Shoigu", "welcomed the visiting Chinese premier": receiving a visitor is hosting a visit
 * (CAMEO 043, PLOVER CONSULT/visit). The dictionary lists RECEIVE only with a few objects (an envoy,
 * an ambassador, ministers); a letter, a call or support received is no visit, so the object must
 * name a visitor. A fallback: the dictionary's own RECEIVE and WELCOME patterns come first.
 */
export const receiveVisitor: DomainRule = {
  id: 'events/receive-visitor',
  verb: /^(?:receiv(?:e|ed|es|ing)|welcom(?:e|ed|es|ing))$/u,
  object:
    /^\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w.'’-]+\s+){0,5}?(?:delegations?|visitors?|guests?|envoys?|ambassadors?|ministers?|president|premier|chairman|counterparts?|secretary|leader)\b/u,
  coding: { type: 'CONSULT', mode: 'visit', subMode: null, context: ['diplomatic'] },
  fallback: true,
};
