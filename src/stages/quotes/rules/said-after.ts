import { channelIn } from '../channel.js';
import { lastPersonBefore, speakerIn } from '../speaker.js';
import type { AttributionRule } from './rule.js';
import { BACK_REFERENCE, speechVerbsIn } from './speech-verbs.js';

/** How far after the closing mark the verb may stand: `"…," South Korea's Foreign Ministry said`. */
const MAX_LEAD = 90;

/**
 * The quote hands over to its speaker: `…community," X said`, `"…?" asked X`, `"…", X said`. Without the comma
 * the words after a partial quote are the sentence going on (`seeks to "boost relations" when asked if …`).
 */
const HANDOVER = /[,?!]\s*$/u;

/** `"…," X said (in a statement)` and `"…," said X`: the verb follows the quote in its sentence. */
export const saidAfter: AttributionRule = {
  id: 'quotes/said-after',
  attribute({ text, quote, tail, mentions }) {
    if (
      !HANDOVER.test(text.slice(quote.start, quote.end)) &&
      !/^\s*,/u.test(text.slice(tail.start, tail.end))
    ) {
      return null;
    }
    const [verb] = speechVerbsIn(text, tail.start, Math.min(tail.end, tail.start + MAX_LEAD));
    if (!verb) return null;
    const before = { start: tail.start, end: verb.start };
    const speaker =
      speakerIn(text, before, mentions) ??
      speakerIn(text, { start: verb.end, end: tail.end }, mentions) ??
      (BACK_REFERENCE.test(text.slice(before.start, before.end))
        ? lastPersonBefore(quote.start, mentions)
        : null);
    if (!speaker) return null;
    return { speaker, channel: channelIn(text.slice(tail.start, tail.end)), ruleId: this.id, cue: tail };
  },
};
