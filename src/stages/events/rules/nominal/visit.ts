import type { NominalRule } from './rule.js';

/** "Choe's visit to Russia earlier this week", "Kim's trip to Moscow", "Kim’s travel to Seoul": a visit is a CONSULT. */
export const nominalVisit: NominalRule = {
  id: 'events/nominal-visit',
  noun: /\b(?:visit|trip|travel)s?\b/gu,
  recipientLead: /^\s+(?:[\w-]+\s+){0,2}?to\s+(?:the\s+)?$/u,
  coding: { type: 'CONSULT', mode: 'visit', subMode: null, context: ['diplomatic'] },
};
