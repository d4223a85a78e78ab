import type { DomainRule } from './rule.js';

/**
 * "Sung Kim held calls with …", "will join a trilateral meeting with …", "had talks": a light verb
 * with a meeting noun as its object is a CONSULT; the verb alone ("held a rally") is not.
 */
export const holdMeeting: DomainRule = {
  id: 'events/hold-meeting',
  verb: /^(?:held|hold|holds|holding|join|joined|joins|had|have|has|conducted)$/u,
  object:
    /^\s*(?:[\w-]+\s+){0,3}?(?:talks|meetings?|calls?|phone calls?|dialogues?|consultations|summit|discussions?|conversations?)\b/u,
  coding: { type: 'CONSULT', mode: null, subMode: null, context: ['diplomatic'] },
};
