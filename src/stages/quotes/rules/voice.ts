import type { AttributionRule } from './rule.js';

/**
 * In a statement printed in full (KCNA: "Kim Yo Jong … issued the following press statement"), a quote that
 * opens a paragraph with no other speaker is the author's.
 */
export const voice: AttributionRule = {
  id: 'quotes/voice',
  attribute({ previousParagraph, voice: author }) {
    if (!author || !previousParagraph) return null;
    return { ...author, ruleId: this.id };
  },
};
