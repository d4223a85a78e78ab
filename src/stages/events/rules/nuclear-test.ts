import type { DomainRule } from './rule.js';

/** "conducted its sixth nuclear test", "carried out an underground nuclear explosion". */
export const nuclearTest: DomainRule = {
  id: 'events/nuclear-test',
  verb: /^(?:conduct(?:ed|s|ing)?|carr(?:y|ied|ies) out|detonat(?:e|ed|es|ing)|stag(?:e|ed|es|ing))$/u,
  object: /^(?:\s*\S+){0,4}?\s*nuclear (?:test|detonation|explosion|device)/u,
  coding: { type: 'MOBILIZE', mode: 'weapons', subMode: 'nuclear-test', context: ['military', 'cbrn'] },
};
