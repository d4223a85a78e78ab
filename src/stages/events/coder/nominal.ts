// Events told as noun phrases (rules/nominal/): the noun's possessor ("Choe's visit", "the DPRK's
// … launch") or its "of/by/between" phrase is the actor, the rule's lead ("to", "with") finds the
// recipient. Status from the cue table before the noun, or a scheduling phrase after it ("A meeting
// … was set to occur").
import type { Actor, Event } from '../../../core/document.js';
import type { Sentence } from '../../sentences/index.js';
import { NOMINAL_RULES, type NominalRule } from '../rules/nominal/index.js';
import { groupMentions, uniqueActors, type ActorMention, type ActorSource } from './actors.js';
import type { CodedEvent } from './code-sentence.js';
import { isHistorical, statusCue } from './status.js';
import { absorbTitles } from './titles.js';

/** "Choe's ", "the DPRK’s January 29 ballistic missile ": a possessor and up to five modifiers. */
const POSSESSOR_GAP = /^(?:'s|’s)(?:\s+[\w-]+){0,5}\s+$/u;
/** " of envoys from ", " by the ", " between Russian President ": who took part. */
const PARTY_LEAD =
  /^\s+(?:of|by|between)\s+(?:(?:envoys|officials|ministers|delegations)\s+from\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+)*$/u;
const SCHEDULED_AFTER = /^[^.;]*?\b(?:is|are|was|were)\s+(?:set|scheduled|expected|due|slated)\s+to\b/u;
const NOMINAL_CONFIDENCE = 0.6;

type Group = ActorMention[];

function sides(text: string, groups: readonly Group[], start: number, end: number, rule: NominalRule) {
  const owner = groups.find((g) => POSSESSOR_GAP.test(text.slice(g[g.length - 1]?.end ?? 0, start)));
  const party = groups.find((g) => PARTY_LEAD.test(text.slice(end, g[0]?.start ?? 0)));
  const lead = rule.recipientLead;
  const target = lead
    ? groups.find((g) => g !== party && lead.test(text.slice(end, g[0]?.start ?? 0)))
    : undefined;
  let actor: Actor[] = uniqueActors(owner ?? party ?? []);
  let recipient: Actor[] = uniqueActors(target ?? []);
  // "talks between X and Y", "a meeting of envoys from A, B and C": the parties meet each other.
  if (recipient.length === 0 && actor.length > 1) [actor, recipient] = [actor.slice(0, 1), actor.slice(1)];
  const used = [owner ?? party, target].flatMap((g) => g ?? []);
  return { actor, recipient, used };
}

function codeNoun(
  text: string,
  sentence: Sentence,
  lower: string,
  groupsOf: () => readonly Group[],
  rule: NominalRule,
): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const m of lower.matchAll(rule.noun)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const after = text.slice(end, sentence.end).toLowerCase();
    if (rule.object && !rule.object.test(after)) continue;
    const { actor, recipient, used } = sides(text, groupsOf(), start, end, rule);
    if (actor.length === 0) continue;
    const before = text.slice(sentence.start, start).toLowerCase();
    const status = SCHEDULED_AFTER.test(after) ? 'planned' : (statusCue(before)?.status ?? 'occurred');
    if (status === 'negated') continue;
    const from = Math.min(start, ...used.map((u) => u.start));
    const to = Math.max(end, ...used.map((u) => u.end));
    const event: Event = {
      ...rule.coding,
      actor,
      recipient,
      date: null,
      place: null,
      status,
      historical: isHistorical(before, after.slice(0, 60)),
      evidence: { text: text.slice(from, to), start: from, end: to },
      quote: null,
      confidence: NOMINAL_CONFIDENCE,
    };
    delete (event as Partial<Event> & { subMode?: unknown }).subMode;
    out.push({ event, cameo: null, ruleId: rule.id, subMode: rule.coding.subMode, verb: { start, end } });
  }
  return out;
}

/** Every nominal event of one sentence, in rule order. */
export function codeNominals(text: string, sentence: Sentence, actors: ActorSource): CodedEvent[] {
  const mentions = actors(sentence);
  if (mentions.length === 0) return [];
  const lower = text.slice(sentence.start, sentence.end).toLowerCase();
  // Most sentences hold no event noun: their mentions are grouped only when some noun needs sides.
  let groups: Group[] | undefined;
  const groupsOf = (): readonly Group[] => (groups ??= groupMentions(text, absorbTitles(text, mentions)));
  return NOMINAL_RULES.flatMap((rule) => codeNoun(text, sentence, lower, groupsOf, rule));
}
