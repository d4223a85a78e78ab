import type { DomainRule } from './rule.js';

/**
 * "Kim Jong Un expressed deep thanks for it", "expressed his admiration for the Russian army": thanks,
 * praise and congratulations are CAMEO 051 (praise or endorse, PLOVER SUPPORT). The dictionary codes
 * EXPRESS by its object and falls back to 110 (disapprove, ACCUSE) for an object it does not list,
 * so "expressed thanks" read as an accusation.
 */
export const expressThanks: DomainRule = {
  id: 'events/express-thanks',
  verb: /^(?:express(?:ed|es|ing)?|extend(?:ed|s|ing)?|convey(?:ed|s|ing)?)$/u,
  object:
    /^\s+(?:(?:his|her|their|its|our|my|the|a)\s+)?(?:[\w-]+\s+){0,2}?(?:thanks|gratitude|appreciation|congratulations|admiration|respect|praise)\b/u,
  coding: { type: 'SUPPORT', mode: null, subMode: null, context: ['diplomatic'] },
};
