import type { DomainRule } from './rule.js';

/**
 * "Czechia and Albania have upgraded their diplomatic ties", "restored relations": building
 * diplomatic relations is diplomatic cooperation (CAMEO 05, PLOVER SUPPORT).
 */
export const upgradeTies: DomainRule = {
  id: 'events/upgrade-ties',
  verb: /^(?:upgrad(?:e|ed|es|ing)|restor(?:e|ed|es|ing)|establish(?:ed|es|ing)?|normali[sz](?:e|ed|es|ing))$/u,
  object: /^\s*(?:[\w-]+\s+){0,3}?(?:ties|relations)\b/u,
  coding: { type: 'SUPPORT', mode: null, subMode: null, context: ['diplomatic'] },
};

/**
 * "summoned Niger's ambassador to complain of inaction": summoning another state's envoy is a formal
 * protest (PLOVER ACCUSE), not a meeting (the dictionary's 040).
 */
export const summonEnvoy: DomainRule = {
  id: 'events/summon-envoy',
  verb: /^(?:summon(?:ed|s|ing)?)$/u,
  object: /^\s*(?:[\w'’.-]+\s+){0,3}?(?:ambassadors?|envoys?|charg[eé]s? d'affaires|diplomats?)\b/u,
  coding: { type: 'ACCUSE', mode: 'disapprove', subMode: null, context: ['diplomatic'] },
};

/**
 * "reduced food supplies to the refugee camp", "suspended aid deliveries": cutting aid is CAMEO 162
 * (PLOVER SANCTION, discontinue). The dictionary codes "reduce" only with a few objects.
 */
export const cutAid: DomainRule = {
  id: 'events/cut-aid',
  verb: /^(?:reduc(?:e|ed|es|ing)|cut(?:s|ting)?|suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|stop(?:ped|s|ping)?|withh[eo]ld(?:s|ing)?)$/u,
  object:
    /^\s*(?:[\w-]+\s+){0,2}?(?:aid|assistance|food supplies|food aid|relief|aid deliveries|deliveries of aid|humanitarian)\b/u,
  coding: { type: 'SANCTION', mode: 'discontinue', subMode: null, context: ['humanitarian'] },
};

/**
 * "will extend the night-time curfew in Abidjan", "instituted a curfew": a curfew imposed or extended
 * is CAMEO 1723 (PLOVER COERCE, curfew); announced, the status makes it a threat.
 */
export const imposeCurfew: DomainRule = {
  id: 'events/impose-curfew',
  verb: /^(?:extend(?:ed|s|ing)?|institut(?:e|ed|es|ing)|reimpos(?:e|ed|es|ing)|declar(?:e|ed|es|ing))$/u,
  object: /^\s*(?:[\w-]+\s+){0,3}?(?:curfews?|martial law|state of emergency)\b/u,
  coding: { type: 'COERCE', mode: 'curfew', subMode: null, context: ['pro_autocracy'] },
};

/**
 * "Swiss doctors handed over 700 kg of medicine to the Red Crescent": relief goods handed over are
 * humanitarian AID (CAMEO 073).
 */
export const handOverAid: DomainRule = {
  id: 'events/hand-over-aid',
  verb: /^(?:hand(?:ed|s|ing)?|donat(?:e|ed|es|ing)|deliver(?:ed|s|ing)?)$/u,
  object:
    /^\s*(?:over\s+)?(?:[\w,.-]+\s+){0,4}?(?:medicines?|medical supplies|food|grain|relief|humanitarian aid|aid|blankets|tents)\b/u,
  coding: { type: 'AID', mode: null, subMode: null, context: ['humanitarian'] },
};
