import type { AttributionRule } from './rule.js';
import { speakerBefore } from './said-before.js';

/** `The ministry said:` ending one paragraph and the quote opening the next. */
export const introduced: AttributionRule = {
  id: 'quotes/introduced',
  attribute(ctx) {
    const intro = ctx.introduction;
    if (!intro || !/:\s*$/.test(ctx.text.slice(intro.start, intro.end))) return null;
    const said = speakerBefore(ctx, intro, this.id);
    if (said) return said;
    // "Today, I will get the following stand into shape:" in a statement printed in full.
    return ctx.voice ? { ...ctx.voice, ruleId: this.id, cue: intro } : null;
  },
};
