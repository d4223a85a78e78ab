// Rule events/event-anaphora: "Japanese Prime Minister Fumio Kishida condemned the launch" after
// "North Korea fired several short-range ballistic missiles": a reaction aimed at an event told
// before ("the launch", "this test", "the latest provocation", "the attack") is aimed at whoever did
// it. The reaction takes as its recipient the actors of the latest earlier event of that kind.
import type { CodedEvent } from '../coder/code-sentence.js';

export const RULE_ID = 'events/event-anaphora';

/** Reactions whose recipient is the party they react to. */
const REACTIONS = new Set(['ACCUSE', 'PROTEST', 'REJECT']);

/** Right after the verb: a definite event noun, up to three modifiers before it. */
const EVENT_OBJECT =
  /^\s+(?:the|this|these|that|those|its|their|today's|yesterday's|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's)\s+(?:[\w-]+\s+){0,3}?(?<noun>launch(?:es)?|tests?|firings?|provocations?|attacks?|strikes?|shelling)\b/iu;

/** The event types each noun names: launches and tests are MOBILIZE, attacks ASSAULT or COERCE. */
function kindsOf(noun: string): ReadonlySet<string> {
  return /^(?:attack|strike|shelling)/iu.test(noun) ? new Set(['ASSAULT', 'COERCE']) : new Set(['MOBILIZE']);
}

export function eventAnaphora(text: string, events: readonly CodedEvent[]): CodedEvent[] {
  return events.map((c, i) => {
    if (!REACTIONS.has(c.event.type) || c.event.recipient.length > 0) return c;
    const noun = EVENT_OBJECT.exec(text.slice(c.verb.end, c.event.evidence.end))?.groups?.['noun'];
    if (!noun) return c;
    const kinds = kindsOf(noun);
    const before = events.slice(0, i).filter((e) => e.verb.start < c.verb.start);
    const referent = before.reverse().find((e) => kinds.has(e.event.type) && e.event.actor.length > 0);
    const recipient = referent?.event.actor.filter((a) => !c.event.actor.some((b) => b.code === a.code));
    return recipient?.length ? { ...c, event: { ...c.event, recipient } } : c;
  });
}
