import type { DomainRule } from './rule.js';

/**
 * "Italy announced a suspension of air links with Serbia", "declared an embargo on …": announcing a
 * measure is taking it. The dictionary codes "announce" as a statement (010), which PLOVER does not
 * code; a ceasefire declared is coded by the dictionary's own patterns (RETREAT).
 */
export const announceMeasure: DomainRule = {
  id: 'events/announce-measure',
  verb: /^(?:announc(?:e|ed|es|ing)|declar(?:e|ed|es|ing)|order(?:ed|s|ing)?)$/u,
  object:
    /^\s*(?:[\w-]+\s+){0,3}?(?:suspension|severing|cut-?off|cuts?|freeze|halt|sanctions|embargo(?:es)?|boycott)\b/u,
  coding: { type: 'SANCTION', mode: null, subMode: null, context: ['diplomatic'] },
};

/**
 * "The United States continued to send arms to Pakistan": weapons sent to another party are military
 * aid (CAMEO 072, PLOVER AID); the dictionary's SEND reads "send arms" as a mobilization (154), right
 * for troops sent to a front, not for a delivery to a country.
 */
export const sendArms: DomainRule = {
  id: 'events/send-arms',
  verb: /^(?:sen[dt]|sends|sending|suppl(?:y|ied|ies|ying)|deliver(?:ed|s|ing)?|ship(?:ped|s|ping)?)$/u,
  object:
    /^\s*(?:[\w-]+\s+){0,3}?(?:arms|weapons|ammunition|munitions|military equipment|weaponry)\b(?:\s+[\w-]+){0,4}?\s+to\b/u,
  coding: { type: 'AID', mode: null, subMode: null, context: ['military'] },
};
