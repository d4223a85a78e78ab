// Sentence-level PLOVER coding: find the verbs, code each through our domain rules or the CAMEO
// patterns, keep the governing verb of "agreed to cooperate", read status and participants.
import type { Actor, Event } from '../../../core/document.js';
import type { Span } from '../../../core/span.js';
import type { Sentence } from '../../sentences/index.js';
import type { VerbLexicon } from '../dictionary/lexicon.js';
import { DOMAIN_RULES, type DomainCoding, type DomainRule } from '../rules/index.js';
import type { ActorMention, ActorSource } from './actors.js';
import {
  attributionStart,
  clauseAround,
  findVerbs,
  relativeThats,
  REPORTING,
  type VerbHit,
} from './clauses.js';
import { conditionParty } from './conditional.js';
import { domesticTarget } from './domestic.js';
import { governedReading } from './governed.js';
import { intentType } from './intent.js';
import { findParticipants, isPassive } from './participants.js';
import { chooseCode } from './patterns.js';
import { isHistorical, statusCue } from './status.js';

export interface CodedEvent {
  event: Event;
  /** CAMEO code the dictionary gave, or null when a domain rule coded the verb. */
  cameo: string | null;
  /** `events/cameo-pattern`, `events/cameo-verb`, `events/cameo-block` or a domain rule id. */
  ruleId: string;
  subMode: string | null;
  verb: Span;
}

export interface CoderOptions {
  lexicon: VerbLexicon;
  actors: ActorSource;
  /** Our domain rules, tried before the dictionary; [] codes with CAMEO alone (the eval baseline). */
  rules?: readonly DomainRule[];
  /** 'main' (default): the main event and verbs coordinated with it; 'all': every coded verb. */
  events?: 'main' | 'all';
}

interface Coding extends DomainCoding {
  cameo: string | null;
  ruleId: string;
  lastMatched: number;
}

/** Verbal categories take a verb complement: "agreed to cooperate" is one AGREE, not a COOPERATE too. */
const GOVERNING = new Set(['AGREE', 'REQUEST', 'REJECT', 'THREATEN', 'ACCUSE', 'SUPPORT', 'CONCEDE']);
const COMPLEMENT_LEAD = /^(?:to|should|would|will|could|must|not)$/u;

function codeVerb(
  rules: readonly DomainRule[],
  lexicon: VerbLexicon,
  words: readonly string[],
  hit: VerbHit,
  clause: { clauseStart: number; clauseEnd: number },
  objectText: string,
): Coding | null {
  const surface = words.slice(hit.index, hit.index + hit.length).join(' ');
  const first = words[hit.index] ?? '';
  // A multi-word dictionary form ("met in") still has our rule's verb as its first word.
  const fires = (rule: DomainRule): boolean =>
    (rule.verb.test(surface) || rule.verb.test(first)) && rule.object.test(objectText);
  const ruled = (rule: DomainRule): Coding => ({
    ...rule.coding,
    cameo: null,
    ruleId: rule.id,
    lastMatched: hit.index + hit.length,
  });
  for (const rule of rules) if (!rule.fallback && fires(rule)) return ruled(rule);
  const window = {
    words,
    beforeStart: clause.clauseStart,
    verbStart: hit.index,
    verbEnd: hit.index + hit.length,
    afterEnd: clause.clauseEnd,
  };
  const choices = hit.entries.map((entry) => ({ ...chooseCode(lexicon, entry, window), entry }));
  const choice = choices.find((c) => c.pattern && c.code) ?? choices.find((c) => c.code);
  const plover = choice?.code ? lexicon.plover(choice.code) : null;
  if (!choice?.code || !plover) {
    const fallback = rules.find((rule) => rule.fallback === true && fires(rule));
    return fallback ? ruled(fallback) : null;
  }
  const ruleId = choice.pattern
    ? 'events/cameo-pattern'
    : choice.entry.inherited
      ? 'events/cameo-block'
      : 'events/cameo-verb';
  return { ...plover, subMode: null, cameo: choice.code, ruleId, lastMatched: choice.lastMatched };
}

/** A verb's own code is a guess without its object; a code inherited from its block is a weaker one. */
const CONFIDENCE: Record<string, number> = { 'events/cameo-verb': 0.5, 'events/cameo-block': 0.4 };

interface Found {
  actorless?: false;
  coded: CodedEvent;
  subordinate: boolean;
  /** A reporting verb ("said … will release") the dictionary coded: the reported verb speaks for it. */
  reporting: boolean;
  /** "met … and pledged": a verb coordinated with an earlier one shares its subject and counts too. */
  coordinated: boolean;
  /** An -ing form with no be-form ("issued a declaration demanding that …"). */
  participle: boolean;
  /** Token index where the verb's clause starts. */
  clauseStart: number;
  /** Token index of the verb. */
  index: number;
  /** "is prepared to", "decided to": the infinitive after it is the event, when it codes one. */
  readiness: boolean;
}

/**
 * Words of readiness or decision before an infinitive: "is prepared to impose martial law" is the
 * imposing, announced (a THREATEN by the status cue), "decided to allow" the allowing. The CAMEO
 * dictionary codes "prepare" and "decide" themselves as a generic intent (030).
 */
const READINESS =
  /^(?:prepared|ready|willing|determined|committed|decided|decides|decide|offered|offers|offer|plans?|planned|planning)$/u;

/** "exploring substantive measures to block", "considering ways to ease": the measure is the event. */
const WEIGHING = /^(?:explor|consider|study|studie|seek|sought|look)/u;
const MEASURE_TO = /^(?:measures|ways|steps|options|means)$/u;

function isReadiness(words: readonly string[], index: number): boolean {
  if (READINESS.test(words[index] ?? '') && words[index + 1] === 'to') return true;
  if (!WEIGHING.test(words[index] ?? '')) return false;
  for (let i = index + 1; i <= index + 3; i += 1)
    if (MEASURE_TO.test(words[i] ?? '') && words[i + 1] === 'to') return true;
  return false;
}

/** A readiness word yields to the event its infinitive codes ("prepared to impose"). */
function dropReadiness(found: readonly Found[]): Found[] {
  return found.filter((f) => !f.readiness || !found.some((g) => g.index > f.index && g.index <= f.index + 6));
}

const ADVERB = /ly$|^(?:also|then|later|again)$/u;

function isCoordinated(words: readonly string[], index: number): boolean {
  let i = index - 1;
  while (i >= 0 && ADVERB.test(words[i] ?? '')) i -= 1;
  return words[i] === 'and';
}

/** Codes one verb in its clause; null when it codes no event (uncoded, governed, negated, no actor). */
function codeHit(
  text: string,
  sentence: Sentence,
  words: readonly string[],
  hit: VerbHit,
  ctx: HitContext,
): Found | { actorless: true } | null {
  const { tokens } = sentence;
  const clause = clauseAround(words, hit.index, hit.index + hit.length, ctx.limit, ctx.relatives);
  const charAt = (i: number): number => tokens[i]?.start ?? sentence.end;
  const verb = { start: charAt(hit.index), end: tokens[hit.index + hit.length - 1]?.end ?? sentence.end };
  const objectEnd = tokens[clause.clauseEnd - 1]?.end ?? sentence.end;
  const objectText = text.slice(verb.end, objectEnd).toLowerCase();
  const coding = codeVerb(ctx.rules, ctx.lexicon, words, hit, clause, objectText);
  if (!coding) return null;
  // A complement of a verbal event is part of it ("offered to hand over", "agreed that … should").
  const lead = words[hit.index - 1] ?? '';
  // "refused to allow UN planes to land and evacuate …": a verb coordinated with a governed one is too.
  const governedHere =
    ctx.governor !== null &&
    hit.index - ctx.governor <= 12 &&
    (COMPLEMENT_LEAD.test(lead) || (lead === 'and' && ctx.lastGoverned === ctx.governor));
  if (governedHere) {
    ctx.lastGoverned = ctx.governor;
    return null;
  }
  const before = text.slice(sentence.start, verb.start).toLowerCase();
  // "refused to meet" is a REJECT, not a negated meeting; "Russia said that Sudan must return …"
  // is Russia's REQUEST to Sudan.
  const clauseStart = charAt(clause.clauseStart);
  const governed = governedReading(text, words, hit.index, ctx.mentions, {
    start: clauseStart,
    verb: verb.start,
  });
  const cue = governed?.type === 'REJECT' ? null : statusCue(before);
  if (cue?.status === 'negated') return null;
  const passive = isPassive(words, hit.index);
  const who = findParticipants({ text, mentions: ctx.mentions, clauseStart, verb, objectEnd, passive });
  // A main verb whose subject names no actor ("Both sides agreed") blocks the fallback to its
  // subordinate clauses, whose subjects are other parties.
  // subordinate clauses, whose subjects are other parties. A passive without its agent ("civilians
  // were killed in a car bombing") is still an event done to someone, by a party not named.
  const agentless = passive && who.recipient.length > 0;
  if (who.actor.length === 0 && !governed?.sides && !agentless)
    return clause.subordinate || clause.participle ? null : { actorless: true };
  const rule = ctx.rules.find((r) => r.id === coding.ruleId);
  const final = who.targeted && rule?.withRecipient ? rule.withRecipient : coding;
  const status = cue?.status ?? 'occurred';
  const type =
    governed?.type ?? intentType(final.type, status, words.slice(0, hit.index), ctx.limit < words.length);
  const readiness = isReadiness(words, hit.index);
  if (GOVERNING.has(type) && !readiness) ctx.governor = hit.index;
  // The evidence is the clause: from its subject (or the verb) to the clause's end, so "condemned
  // North Korea for persisting in aggressive statements" carries what was condemned.
  const end = Math.max(who.extent?.end ?? 0, clauseTextEnd(text, verb.end, objectEnd), verb.end);
  const start = Math.min(who.extent?.start ?? verb.start, verb.start);
  const event: Event = {
    type,
    mode: type === final.type ? final.mode : null,
    context: final.context,
    ...(governed?.sides ??
      withDomestic(
        withCondition(eventSides(type, final, who), type, text, ctx.mentions, verb.end),
        type,
        objectText,
      )),
    date: null,
    place: null,
    status,
    historical: isHistorical(before, objectText),
    evidence: { text: text.slice(start, end), start, end },
    quote: null,
    confidence: CONFIDENCE[coding.ruleId] ?? 0.7,
  };
  const ruleId = governed?.ruleId ?? (final === coding ? coding.ruleId : `${coding.ruleId}-at`);
  return {
    coded: { event, cameo: coding.cameo, ruleId, subMode: final.subMode, verb },
    subordinate: clause.subordinate || clause.participle,
    participle: clause.participle,
    clauseStart: clause.clauseStart,
    index: hit.index,
    readiness,
    reporting: REPORTING.has(words[hit.index] ?? ''),
    coordinated: isCoordinated(words, hit.index),
  };
}

/** An act aimed at unnamed people or rulers of the actor's own country targets that country. */
function withDomestic(
  sides: { actor: Actor[]; recipient: Actor[] },
  type: string,
  objectText: string,
): { actor: Actor[]; recipient: Actor[] } {
  if (sides.recipient.length > 0 || type === 'MOBILIZE') return sides;
  return { ...sides, recipient: domesticTarget(type, sides.actor, objectText) };
}

/** A threat with no other party is aimed at whoever would trigger it ("… if Hamas ran"). */
function withCondition(
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
function clauseTextEnd(text: string, from: number, objectEnd: number): number {
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
function eventSides(
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

interface HitContext {
  lexicon: VerbLexicon;
  rules: readonly DomainRule[];
  mentions: ActorMention[];
  limit: number;
  /** Token index of the last verbal event (AGREE, REQUEST …), whose complement it governs. */
  governor: number | null;
  /** Token indices of "that" opening a relative clause. */
  relatives: ReadonlySet<number>;
  /** The governor whose complement the last governed verb was, so "and" can continue it. */
  lastGoverned: number | null;
}

const ruleVerbCaches = new WeakMap<readonly DomainRule[], Map<string, boolean>>();

/** Whether some rule's verb is this word, remembered per rule list (every word of every sentence asks). */
function ruleVerbTest(rules: readonly DomainRule[]): (w: string) => boolean {
  let cache = ruleVerbCaches.get(rules);
  if (!cache) ruleVerbCaches.set(rules, (cache = new Map()));
  const known = cache;
  return (w) => {
    let yes = known.get(w);
    if (yes === undefined) {
      yes = rules.some((r) => r.verb.test(w));
      if (known.size < 100_000) known.set(w, yes);
    }
    return yes;
  };
}

export function codeSentence(text: string, sentence: Sentence, options: CoderOptions): CodedEvent[] {
  const mentions = options.actors(sentence);
  // No coded actor in the sentence: no event can have an actor, so skip the pattern matching.
  if (mentions.length === 0) return [];
  const words = sentence.tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
  const ctx: HitContext = {
    lexicon: options.lexicon,
    rules: options.rules ?? DOMAIN_RULES,
    mentions,
    // A trailing attribution (", officials said.") names the speaker, not a party.
    limit: attributionStart(words),
    governor: null,
    lastGoverned: null,
    relatives: relativeThats(words, (i) => /^\p{Lu}/u.test(text[sentence.tokens[i]?.start ?? 0] ?? '')),
  };
  const found: Found[] = [];
  let actorless = false;
  const isRuleVerb = ruleVerbTest(ctx.rules);
  for (const hit of findVerbs(options.lexicon, words, isRuleVerb)) {
    if (hit.index >= ctx.limit) break;
    const one = codeHit(text, sentence, words, hit, ctx);
    if (one?.actorless) actorless = true;
    else if (one) found.push(one);
  }
  return dedupe(mainEvents(dropReadiness(found), options.events ?? 'main', actorless).map((f) => f.coded));
}

/**
 * 'main': the sentence's main event and the verbs coordinated with it, as PLOVER coders code a
 * sentence; events of subordinate clauses ("after two days of fighting") only when nothing else is
 * found. 'all': every coded verb.
 */
function mainEvents(found: readonly Found[], which: 'main' | 'all', actorless: boolean): readonly Found[] {
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
function dedupe(events: readonly CodedEvent[]): CodedEvent[] {
  const seen = new Set<string>();
  return events.filter(({ event }) => {
    const codes = (list: typeof event.actor): string => list.map((a) => a.code).join('+');
    const key = `${event.type}|${codes(event.actor)}|${codes(event.recipient)}`;
    const fresh = !seen.has(key);
    seen.add(key);
    return fresh;
  });
}
