import type { Span } from '../../../core/span.js';
import { channelIn } from '../channel.js';
import { lastPersonBefore, speakerIn } from '../speaker.js';
import type { Attribution, AttributionContext, AttributionRule } from './rule.js';
import { BACK_REFERENCE, FIRST_PERSON, speechVerbsIn } from './speech-verbs.js';

/**
 * The speaker of the verb nearest before `end` in `span`: its subject after the last comma before it ("During
 * the meeting, Kim and Pak also jointly condemned"), else anywhere before it ("Kim Yo Jong, vice department
 * director …, issued"); a pronoun is the last person named; "I"/"We" is the statement's author.
 */
export function speakerBefore(ctx: AttributionContext, span: Span, ruleId: string): Attribution | null {
  const verb = speechVerbsIn(ctx.text, span.start, span.end).at(-1);
  if (!verb) return null;
  const lead = ctx.text.slice(span.start, verb.start);
  const comma = lead.lastIndexOf(', ');
  const clause = { start: comma < 0 ? span.start : span.start + comma + 2, end: verb.start };
  const subject = ctx.text.slice(span.start, verb.start);
  const speaker =
    speakerIn(ctx.text, clause, ctx.mentions) ??
    speakerIn(ctx.text, { start: span.start, end: verb.start }, ctx.mentions) ??
    (BACK_REFERENCE.test(subject) ? lastPersonBefore(verb.start, ctx.mentions) : null);
  const channel = channelIn(ctx.text.slice(span.start, span.end));
  if (speaker) return { speaker, channel, ruleId, cue: span };
  if (FIRST_PERSON.test(` ${subject}`) && ctx.voice) return { ...ctx.voice, ruleId, cue: span };
  return null;
}

/** `X said (on Wednesday) Moscow seeks to "…"`, `X issued the following press statement titled "…"`. */
export const saidBefore: AttributionRule = {
  id: 'quotes/said-before',
  attribute(ctx) {
    return speakerBefore(ctx, ctx.head, this.id);
  },
};
