import type { DomainRule } from './rule.js';

/**
 * Statements of intent are AGREE (DESIGN.md §3): "pledged to resolutely counter", "vowed to
 * cooperate", "committed to exploring", "offered to hand over". CAMEO codes some of these by the embedded verb instead.
 */
export const intentAgree: DomainRule = {
  id: 'events/intent-agree',
  verb: /^(?:pledg(?:e|ed|es|ing)|vow(?:ed|s|ing)?|promis(?:e|ed|es|ing)|commit(?:s|ted|ting)?|undert(?:ook|ake|akes)|offer(?:s|ed|ing)?)$/u,
  object: /^\s*(?:to|that)\b/u,
  coding: { type: 'AGREE', mode: null, subMode: null, context: ['diplomatic'] },
};
