import type { DomainRule } from './rule.js';

/**
 * "agreed on a free-trade pact", "agreed to a ceasefire": PLOVER's AGREE is named for the verb, while
 * the CAMEO block codes bare "agree" as diplomatic cooperation (050, SUPPORT in the 2021 table).
 */
export const agreeVerb: DomainRule = {
  id: 'events/agree-verb',
  verb: /^(?:agree|agreed|agrees|agreeing|concur|concurred|concurs)$/u,
  object: /^/u,
  coding: { type: 'AGREE', mode: null, subMode: null, context: ['diplomatic'] },
};
