import type { DomainRule } from './rule.js';

/** "launched a military reconnaissance satellite", "put a satellite into orbit". */
export const satelliteLaunch: DomainRule = {
  id: 'events/satellite-launch',
  verb: /^(?:launch(?:ed|es|ing)?|fir(?:e|ed|es|ing)|put|puts|putting)$/u,
  object: /^(?:\s*\S+){0,5}?\s*(?:satellites?|space launch vehicle)\b/u,
  coding: { type: 'MOBILIZE', mode: 'weapons', subMode: 'satellite-launch', context: ['military'] },
};
