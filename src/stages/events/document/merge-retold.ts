// Rule events/merge-retold: one real-world event told twice in an article is one event. News repeats
// its lead ("met in Seoul" … "During the meeting, Kim and Pak …"; a KCNA dialogue announced, then
// "the talks discussed …"): same type, same participants, same status and time frame (historical or
// not) is the same event, and the first telling keeps its evidence. Dates come later in the pipeline;
// the store's cross-article merge compares them (DESIGN.md §6).
import type { Actor } from '../../../core/document.js';
import type { CodedEvent } from '../coder/code-sentence.js';

export const RULE_ID = 'events/merge-retold';

/** Types whose two sides are interchangeable: "X met Y" is "Y met X". */
const SYMMETRIC = new Set(['CONSULT', 'COOPERATE']);

const codes = (list: readonly Actor[]): string =>
  [...new Set(list.map((a) => a.code ?? ''))].sort().join('+');

/**
 * Statements are acts of their own: "We strongly condemn the launch" and, later, "We deeply regret
 * that the DPRK abandoned its moratorium", or "We call on the DPRK to return to dialogue" and "We
 * also call on the DPRK to abandon its weapons" are separate events by the same parties. A meeting or
 * a launch is told again in other words ("met in Seoul" … "During the meeting") and merges.
 */
const STATEMENTS = new Set(['AGREE', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SUPPORT', 'CONCEDE']);

function keyOf({ event, subMode, verb }: CodedEvent): string {
  const sides = SYMMETRIC.has(event.type)
    ? codes([...event.actor, ...event.recipient])
    : `${codes(event.actor)}>${codes(event.recipient)}`;
  const said = STATEMENTS.has(event.type) ? String(verb.start) : '';
  // A visit and a meeting held during it are told as two events ("Choe's visit to Russia" and "a
  // meeting between Putin and the North Korean foreign minister").
  return [event.type, event.mode ?? '', sides, event.status, event.historical, subMode ?? '', said].join('|');
}

/**
 * The events in text order with retellings dropped; the kept one takes the higher confidence. When
 * `timed` says the first telling's sentence names no time and a later one's does ("Choe's visit to
 * Russia earlier this week has sparked concerns"), the kept event takes that telling's evidence, so
 * the dates stage reads the time the article gives.
 */
export function mergeRetold(
  events: readonly CodedEvent[],
  timed: (c: CodedEvent) => boolean = () => false,
): CodedEvent[] {
  const kept = new Map<string, CodedEvent>();
  for (const e of events) {
    const key = keyOf(e);
    const first = kept.get(key);
    if (!first) {
      kept.set(key, e);
      continue;
    }
    const confidence = Math.max(first.event.confidence, e.event.confidence);
    const told =
      !timed(first) && timed(e)
        ? { ...first, event: { ...first.event, evidence: e.event.evidence }, verb: e.verb }
        : first;
    kept.set(key, { ...told, event: { ...told.event, confidence } });
  }
  return [...kept.values()];
}
