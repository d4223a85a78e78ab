import type { DomainRule } from './rule.js';

/**
 * "opened fraud investigations against 28 officials", "launched an inquiry into …", "opened a
 * landmark hearing into the legality of …": opening an investigation is PLOVER ACCUSE, mode
 * investigate (CAMEO 09). The dictionary codes "open" by other objects (opening a border, CONCEDE).
 */
export const openInvestigation: DomainRule = {
  id: 'events/open-investigation',
  verb: /^(?:open(?:ed|s|ing)?|launch(?:ed|es|ing)?|beg(?:an|in|ins|un)|start(?:ed|s|ing)?|order(?:ed|s|ing)?|announc(?:e|ed|es|ing)|conduct(?:ed|s|ing)?|complet(?:e|ed|es|ing))$/u,
  object:
    /^\s*(?:[\w-]+\s+){0,3}?(?:investigations?|inquiry|inquiries|enquiry|enquiries|probes?|hearings?|inquest)\b/u,
  coding: { type: 'ACCUSE', mode: 'investigate', subMode: null, context: [] },
};
