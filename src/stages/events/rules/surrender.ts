import type { DomainRule } from './rule.js';

/**
 * "Five hundred Ugandan rebels surrendered last week": a military surrender is a RETREAT (CAMEO 0874
 * "retreat or surrender militarily"); the dictionary files "surrender" under YIELD (080, CONCEDE).
 * Surrendering something ("surrendered their weapons", "surrendered power") is left to it.
 */
export const surrender: DomainRule = {
  id: 'events/surrender',
  verb: /^(?:surrender(?:ed|s|ing)?|capitulat(?:e|ed|es|ing))$/u,
  object: /^(?!\s+(?:their|its|his|her|the|a|an|power|control|weapons|arms)\b)/u,
  coding: { type: 'RETREAT', mode: 'disarm', subMode: null, context: ['military'] },
};
