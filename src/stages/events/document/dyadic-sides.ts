// Rule events/dyadic-sides: PLOVER codes a dyadic event (a meeting, an accusation, an attack) with a
// source and a target; a coding whose target is missing or is the source itself is a half-read clause,
// not an event. Motivated by the KCNA statements and State Department releases, where a long clause
// with one coded name gave "CONSULT PRK ->" ("talks between Yun Jong Ho, minister of …") and
// "COERCE USA -> USA" ("the pain the U.S. has inflicted on our people … towards the U.S.").
import type { Actor } from '../../../core/document.js';
import type { CodedEvent } from '../coder/code-sentence.js';

export const RULE_ID = 'events/dyadic-sides';

/**
 * Types that stand without a target: a weapons test or a troop movement ("North Korea fired a
 * missile into the sea"), a protest, a statement of intent, a sanction announced on a named body
 * the gazetteer cannot code ("sanctions on the virtual currency mixer Blender.io").
 */
const MONADIC = new Set(['MOBILIZE', 'PROTEST', 'SANCTION']);
/** CAMEO 163 "impose embargo, boycott, or sanctions" is COERCE/restrict in the 2021 table: a sanction. */
const SANCTIONS_MODE = 'restrict';

const codeOf = (a: Actor): string => a.code ?? '';

/** The recipient without the actor's own codes ("the U.S. … towards the U.S."). */
function otherSide(event: CodedEvent['event']): Actor[] {
  const own = new Set(event.actor.map(codeOf));
  return event.recipient.filter((r) => !own.has(codeOf(r)));
}

/** Keeps events with both sides; a monadic type keeps a lone actor, with a self-recipient dropped. */
export function requireDyadicSides(events: readonly CodedEvent[]): CodedEvent[] {
  return events.flatMap((c) => {
    if (c.event.actor.length === 0) return [];
    const recipient = otherSide(c.event);
    const statementOfIntent = c.event.type === 'AGREE' && c.event.status === 'intended';
    const sanctions = c.event.type === 'COERCE' && c.event.mode === SANCTIONS_MODE;
    const monadic = MONADIC.has(c.event.type) || statementOfIntent || sanctions;
    if (recipient.length === 0 && !monadic) return [];
    return [{ ...c, event: { ...c.event, recipient } }];
  });
}
