import type { DomainRule } from './rule.js';

/**
 * "North Korea expelled inspectors of the International Atomic Energy Agency": expelling inspectors,
 * observers or monitors ends an international presence (CAMEO 1662, PLOVER SANCTION expel), not the
 * deportation of individuals (174, COERCE) the dictionary's EXPEL gives.
 */
export const expelMonitors: DomainRule = {
  id: 'events/expel-monitors',
  verb: /^(?:expel(?:s|led|ling)?|ejected|ejects?|evicted)$/u,
  object:
    /^\s*(?:[\w-]+\s+){0,2}?(?:inspectors?|observers?|monitors?|peacekeepers?|diplomats?|ambassadors?|envoys?)\b/u,
  coding: { type: 'SANCTION', mode: 'expel', subMode: null, context: ['diplomatic'] },
};
