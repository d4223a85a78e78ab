// Actor and recipient of a verb from the coded mentions around it: the nearest compound actor before
// the verb and the first one after it (active voice), swapped in the passive ("was condemned by X").
import type { Actor } from '../../../core/document.js';
import type { Span } from '../../../core/span.js';
import { groupMentions, uniqueActors, type ActorMention } from './actors.js';
import { absorbTitles } from './titles.js';

export interface Participants {
  actor: Actor[];
  recipient: Actor[];
  /** The recipient came after "at", "on", "against" or "into": a target, not just a counterpart. */
  targeted: boolean;
  /** The object came after "on", "about", "over": a topic ("agreed on …"), not a counterpart. */
  topical: boolean;
  /** Character extent of the mentions used, for the evidence span. */
  extent: Span | null;
}

const BE_FORMS = new Set('was were been being is are be am get got gets'.split(' '));
const ADVERB = /ly$/u;
const TARGET_PREPOSITION = /\b(?:at|on|against|into|upon)\s+(?:the\s+)?$/u;
const TOPIC_LEAD = /^\s*(?:on|about|over|upon|regarding)\b/u;
/** A name right after a preposition is an object ("between Russia and North Korea", "about Russia procuring"). */
const OBJECT_OF_PREPOSITION =
  /\b(?:between|with|to|for|about|against|into|toward|towards|including|regarding)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;

/**
 * "condemned the launch as a violation of multiple UN Security Council resolutions": the body whose
 * resolutions were violated is not the object of the verb ("vetoed a Security Council resolution" and
 * "support a U.N. Security Council resolution" still target it).
 */
const VIOLATED =
  /\b(?:violations?|breach(?:es)?|defiance|contravention)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/u;

const AGENT_LEAD = /\bby\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$/u;

type Group = readonly ActorMention[];
const STANCE = /\b(?:anti|pro)-$/iu;
/** A name after these qualifies the noun before it ("sides of Cyprus", "groups in Zimbabwe", ", a U.S. ally"). */
const MODIFIER_LEAD = /(?:\b(?:of|in|from|at|near)\s+(?:the\s+)?|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2})$/iu;

/** "was condemned", "were jointly attacked", "has been shelled": a be-form before a past form. */
export function isPassive(words: readonly string[], index: number): boolean {
  const form = words[index] ?? '';
  if (!/(?:ed|en|wn|ught|ung|ost|eft|ot|ade|ld)$/u.test(form)) return false;
  // "is prepared to impose", "are committed to opening": an adjective of readiness, not a passive.
  if (words[index + 1] === 'to') return false;
  let i = index - 1;
  while (i >= 0 && ADVERB.test(words[i] ?? '')) i -= 1;
  return BE_FORMS.has(words[i] ?? '');
}

function extentOf(groups: readonly (Group | undefined)[]): Span | null {
  let start = Infinity;
  let end = -Infinity;
  for (const group of groups)
    for (const m of group ?? []) {
      start = Math.min(start, m.start);
      end = Math.max(end, m.end);
    }
  return start === Infinity ? null : { start, end };
}

/**
 * A sentence's mentions as the parties of its verbs: title countries folded into their persons, grouped
 * into compound actors, without "anti-Syria" stances. The same for every verb of the sentence.
 */
export function partyGroups(text: string, mentions: readonly ActorMention[]): Group[] {
  // "an anti-Syria journalist", "pro-Iranian Hizbollah": the named country is not a party.
  return groupMentions(text, absorbTitles(text, mentions)).filter(
    (g) => !STANCE.test(text.slice(Math.max(0, (g[0]?.start ?? 0) - 5), g[0]?.start ?? 0)),
  );
}

export interface ParticipantQuery {
  text: string;
  /** The sentence's party groups (partyGroups). */
  groups: readonly Group[];
  /** Character offsets: the clause start, the verb, the end of the clause's object region. */
  clauseStart: number;
  verb: Span;
  objectEnd: number;
  passive: boolean;
}

export function findParticipants(q: ParticipantQuery): Participants {
  const { groups } = q;
  const before = groups.filter((g) => (g[g.length - 1]?.end ?? 0) <= q.verb.start);
  const after = groups.filter(
    (g) =>
      (g[0]?.start ?? 0) >= q.verb.end &&
      (g[0]?.end ?? 0) <= q.objectEnd &&
      !VIOLATED.test(q.text.slice(Math.max(q.verb.end, (g[0]?.start ?? 0) - 60), g[0]?.start ?? 0)),
  );
  const preceding = (g: Group): string => {
    const start = g[0]?.start ?? 0;
    return q.text.slice(Math.max(0, start - 48), start);
  };
  const subjects = before.filter((g) => !OBJECT_OF_PREPOSITION.test(preceding(g)));
  const inClause = subjects.filter((g) => (g[0]?.start ?? 0) >= q.clauseStart);
  // In its clause the subject is the nearest head noun phrase: "The Turkish and Greek sides of … Cyprus",
  // "Pakistan, a key U.S. ally in the war …, has refused": a name after "of"/"in" or inside an
  // apposition qualifies the head. With no other name it is the actor ("groups in Zimbabwe").
  // "NATO-member Norway", "Syrian-backed Amal": a name glued to a hyphenated word modifies the next one.
  const glued = (g: Group): boolean => /^-\p{Ll}/u.test(q.text.slice(g[g.length - 1]?.end ?? 0));
  const heads = inClause.filter((g) => !MODIFIER_LEAD.test(preceding(g)) && !glued(g));
  // Outside its own clause the subject is the nearest actor before ("Israel, which …, attacked").
  const subject = heads[heads.length - 1] ?? inClause[inClause.length - 1] ?? subjects[subjects.length - 1];
  // "was attacked by …": the patient may sit in a prepositional phrase ("a camp for Congolese refugees").
  const patient =
    inClause[inClause.length - 1] ?? before.filter((g) => (g[0]?.start ?? 0) >= q.clauseStart).pop();
  if (q.passive) {
    // "by the Army", "by current Haitian government officials": the agent, after up to three modifiers.
    const agent = after.find((g) => AGENT_LEAD.test(q.text.slice(q.verb.end, g[0]?.start ?? 0)));
    return {
      actor: uniqueActors(agent ?? []),
      recipient: uniqueActors(patient ?? subject ?? []),
      targeted: false,
      topical: false,
      extent: extentOf([agent, patient ?? subject]),
    };
  }
  const object = after[0];
  const lead = object ? q.text.slice(q.verb.end, object[0]?.start ?? 0) : '';
  return {
    actor: uniqueActors(subject ?? []),
    recipient: uniqueActors(object ?? []),
    targeted: object !== undefined && TARGET_PREPOSITION.test(lead),
    topical: TOPIC_LEAD.test(q.text.slice(q.verb.end, q.objectEnd)),
    extent: extentOf([subject, object]),
  };
}
