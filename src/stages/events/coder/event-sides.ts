// Who is on each side of a coded event, and where its evidence ends.
import type { Actor } from '../../../core/document.js';
import type { DomainCoding } from '../rules/index.js';
import type { ActorMention } from './actors.js';
import { conditionParty } from './conditional.js';
import { domesticTarget } from './domestic.js';

/** An act aimed at unnamed people or rulers of the actor's own country targets that country. */
export function withDomestic(
  sides: { actor: Actor[]; recipient: Actor[] },
  type: string,
  objectText: string,
): { actor: Actor[]; recipient: Actor[] } {
  if (sides.recipient.length > 0 || type === 'MOBILIZE') return sides;
  return { ...sides, recipient: domesticTarget(type, sides.actor, objectText) };
}

/** A threat with no other party is aimed at whoever would trigger it ("… if Hamas ran"). */
export function withCondition(
  sides: { actor: Actor[]; recipient: Actor[] },
  type: string,
  text: string,
  mentions: readonly ActorMention[],
  from: number,
): { actor: Actor[]; recipient: Actor[] } {
  const own = new Set(sides.actor.map((a) => a.code));
  if (type !== 'THREATEN' || sides.recipient.some((r) => !own.has(r.code))) return sides;
  const party = conditionParty(text, mentions, from).filter((a) => !own.has(a.code));
  return party.length > 0 ? { ...sides, recipient: party } : sides;
}

/**
 * The clause's end up to its first comma ("condemn the testing of missiles by the DPRK, including the
 * launch on March 24": an appended phrase may tell another event, whose date is its own), without
 * trailing punctuation and spaces.
 */
export function clauseTextEnd(text: string, from: number, objectEnd: number): number {
  const comma = text.indexOf(',', from);
  let end = comma >= 0 && comma < objectEnd ? comma : objectEnd;
  while (end > from && /[\s,;:.!?"'“”’)]/u.test(text[end - 1] ?? '')) end -= 1;
  return end;
}

/** Types whose parties act together: "Seoul and Tokyo concurred" is Seoul with Tokyo. */
const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/**
 * Who is on each side once the type is known. "X and Y met" with no object splits the subject
 * (first party, the others as counterparts); a weapons test has a recipient only when fired at one
 * ("Pyongyang conducted a test …, the same day Choe arrived in Russia" targets nobody).
 */
export function eventSides(
  type: string,
  coding: DomainCoding,
  who: { actor: Actor[]; recipient: Actor[]; targeted: boolean; topical: boolean },
): { actor: Actor[]; recipient: Actor[] } {
  if (type === 'MOBILIZE' && coding.subMode !== null && !who.targeted)
    return { actor: who.actor, recipient: [] };
  const [first, ...rest] = who.actor;
  // "Seoul and Tokyo concurred on … issues related to North Korea": North Korea is the topic.
  if (SYMMETRIC.has(type) && (who.recipient.length === 0 || who.topical) && first && rest.length > 0)
    return { actor: [first], recipient: rest };
  return { actor: who.actor, recipient: who.recipient };
}
