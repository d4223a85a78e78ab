import type { AttributionRule } from './rule.js';

/**
 * A quote that opens its paragraph with no speaker of its own continues the speaker of the quote just before
 * it, in the paragraph before ("In this context, both sides shared …" after the ministry's statement).
 */
export const continuation: AttributionRule = {
  id: 'quotes/continuation',
  attribute({ quote, previousParagraph, earlier }) {
    const last = earlier.at(-1);
    if (!previousParagraph || !last) return null;
    if (last.quote.end < previousParagraph.start || last.quote.start >= quote.start) return null;
    return { speaker: last.speaker, channel: last.channel, ruleId: this.id, cue: last.cue };
  },
};
