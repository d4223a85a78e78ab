import type { DomainRule } from './rule.js';

/**
 * "test-fired two short-range ballistic missiles", "launched an ICBM", "conducted a test of … missile":
 * CAMEO codes firing as an attack (190); a launch into the sea is a weapons test (MOBILIZE), one
 * fired at someone ("fired rockets at Israeli towns") stays an attack.
 */
export const missileTest: DomainRule = {
  id: 'events/missile-test',
  verb: /^(?:test-?fir(?:e|ed|es|ing)|launch(?:ed|es|ing)?|fir(?:e|ed|es|ing)|conduct(?:ed|s|ing)?|carr(?:y|ied|ies) out|stag(?:e|ed|es|ing))$/u,
  object: /\b(?:ballistic|cruise|hypersonic|missiles?|icbms?|irbms?|slbms?|srbms?|projectiles?|rockets?)\b/u,
  coding: { type: 'MOBILIZE', mode: 'weapons', subMode: 'missile-test', context: ['military'] },
  withRecipient: { type: 'ASSAULT', mode: 'heavy-weapons', subMode: null, context: ['military'] },
};
