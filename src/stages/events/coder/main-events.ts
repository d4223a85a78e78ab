// Which of a sentence's coded verbs are its events: the main one and those coordinated with it.
import type { CodedEvent, Found } from './coded-event.js';

/** A readiness word yields to the event its infinitive codes ("prepared to impose"). */
export function dropReadiness(found: readonly Found[]): Found[] {
  return found.filter((f) => !f.readiness || !found.some((g) => g.index > f.index && g.index <= f.index + 6));
}

/**
 * 'main': the sentence's main event and the verbs coordinated with it, as PLOVER coders code a
 * sentence; events of subordinate clauses ("after two days of fighting") only when nothing else is
 * found. 'all': every coded verb.
 */
export function mainEvents(
  found: readonly Found[],
  which: 'main' | 'all',
  actorless: boolean,
): readonly Found[] {
  if (which === 'all') return found;
  const main = found.filter((f) => !f.subordinate);
  const clauses = main.length > 0 || actorless ? main : found;
  const reported = clauses.filter((f) => !f.reporting);
  const spoken = reported.length > 0 ? reported : clauses;
  // "issued a stern reminder … that it must cooperate": a light verb coded only by its block's
  // code ("issue" in GRANT) yields to any verb coded on its own.
  const isStrong = (f: Found): boolean => f.coded.ruleId !== 'events/cameo-block';
  const strong = spoken.filter(isStrong);
  // "issued a declaration demanding that …": the participle after the light verb's noun says what
  // was issued.
  const light = spoken[0];
  const content = found.filter(
    (f) =>
      f.participle &&
      isStrong(f) &&
      !f.reporting &&
      light &&
      f.index > light.index &&
      f.index <= light.index + 4,
  );
  const pool = strong.length > 0 ? strong : content.length > 0 ? content : spoken;
  const head = pool[0];
  if (!head) return [];
  // "met his counterpart … and discussed …": a coordinated verb shares the head's subject, and one
  // of the same type is the same event told in more detail.
  const shared = pool
    .slice(1)
    .filter(
      (f) =>
        f.coordinated &&
        f.clauseStart === head.clauseStart &&
        (f.coded.event.type !== head.coded.event.type || otherParties(f, head)),
    );
  const withSubject = shared.map((f) => ({
    ...f,
    coded: { ...f.coded, event: { ...f.coded.event, actor: head.coded.event.actor } },
  }));
  return [head, ...withSubject];
}

/** Acts done to someone, where another target is another act (not a talk's topic: "discussed North Korean issues"). */
const MATERIAL = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'AID', 'RETREAT']);

/** "kidnapped Russian advisers … and exploded bombs in Kabul": the same type against another party. */
function otherParties(f: Found, head: Found): boolean {
  const key = (x: Found): string => x.coded.event.recipient.map((a) => a.code).join('+');
  return MATERIAL.has(f.coded.event.type) && f.coded.event.recipient.length > 0 && key(f) !== key(head);
}

/** One event per type and participants in a sentence: "attacked … and shelled" said twice is one. */
export function dedupe(events: readonly CodedEvent[]): CodedEvent[] {
  const seen = new Set<string>();
  return events.filter(({ event }) => {
    const codes = (list: typeof event.actor): string => list.map((a) => a.code).join('+');
    const key = `${event.type}|${codes(event.actor)}|${codes(event.recipient)}`;
    const fresh = !seen.has(key);
    seen.add(key);
    return fresh;
  });
}
