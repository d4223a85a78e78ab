import { channelIn } from '../channel.js';
import { speakerIn } from '../speaker.js';
import type { AttributionRule } from './rule.js';

const ACCORDING_TO = /\baccording to\b/u;

/** `"…," according to South Korea's Foreign Ministry` and `According to X, … "…"`. */
export const accordingTo: AttributionRule = {
  id: 'quotes/according-to',
  attribute({ text, head, tail, mentions }) {
    for (const span of [tail, head]) {
      const m = ACCORDING_TO.exec(text.slice(span.start, span.end));
      if (!m) continue;
      const after = { start: span.start + m.index + m[0].length, end: span.end };
      const speaker = speakerIn(
        text,
        { start: after.start, end: Math.min(after.end, after.start + 80) },
        mentions,
      );
      if (speaker)
        return { speaker, channel: channelIn(text.slice(span.start, span.end)), ruleId: this.id, cue: span };
    }
    return null;
  },
};
