import type { NominalRule } from './rule.js';

/** "North Korea's transfer of ballistic missiles to Russia": arms handed over are military AID. */
export const nominalArmsTransfer: NominalRule = {
  id: 'events/nominal-arms-transfer',
  noun: /\b(?:transfers?|deliver(?:y|ies)|supply|supplies|shipments?|sales?|exports?)\b/gu,
  object:
    /^\s+of\s+(?:[\w-]+\s+){0,3}?(?:weapons|arms|missiles?|munitions|ammunition|shells|artillery|rockets?|drones?)\b/u,
  recipientLead: /^\s+of\s+(?:[\w-]+\s+){0,4}?to\s+(?:the\s+)?$/u,
  coding: { type: 'AID', mode: 'military', subMode: null, context: ['military'] },
};
