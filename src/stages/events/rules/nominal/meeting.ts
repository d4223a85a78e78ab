import type { NominalRule } from './rule.js';

/**
 * "a publicly disclosed meeting between Putin and the North Korean foreign minister", "There were
 * talks between Yun Jong Ho … and Roman Chekushov", "A meeting of envoys from South Korea, the US and Japan".
 */
export const nominalMeeting: NominalRule = {
  id: 'events/nominal-meeting',
  noun: /\b(?:meeting|talks|summit|dialogue|consultations)\b/gu,
  recipientLead: /^\s+(?:[\w-]+\s+){0,2}?with\s+(?:the\s+)?$/u,
  coding: { type: 'CONSULT', mode: null, subMode: null, context: ['diplomatic'] },
};
