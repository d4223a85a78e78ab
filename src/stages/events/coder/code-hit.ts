// One verb in its clause: its code, whether a verbal event governs it, its status, its participants.
import type { Event } from '../../../core/document.js';
import type { Sentence } from '../../sentences/index.js';
import { clauseAround, MANNER_ADVERB, REPORTING, type VerbHit } from './clauses.js';
import type { Found, HitContext } from './coded-event.js';
import { codeVerb } from './code-verb.js';
import { clauseTextEnd, eventSides, withCondition, withDomestic } from './event-sides.js';
import { governedReading } from './governed.js';
import { intentType } from './intent.js';
import { findParticipants, isPassive, partyGroups } from './participants.js';
import { isPublication } from './publication.js';
import { isHistorical, statusCue } from './status.js';
import { verbTense } from './tense.js';

/** Verbal categories take a verb complement: "agreed to cooperate" is one AGREE, not a COOPERATE too. */
const GOVERNING = new Set(['AGREE', 'REQUEST', 'REJECT', 'THREATEN', 'ACCUSE', 'SUPPORT', 'CONCEDE']);
const COMPLEMENT_LEAD = /^(?:to|should|would|will|could|must|not)$/u;

/** A verb's own code is a guess without its object; a code inherited from its block is a weaker one. */
const CONFIDENCE: Record<string, number> = { 'events/cameo-verb': 0.5, 'events/cameo-block': 0.4 };

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

const ADVERB = /ly$|^(?:also|then|later|again)$/u;

function isCoordinated(words: readonly string[], index: number): boolean {
  let i = index - 1;
  while (i >= 0 && ADVERB.test(words[i] ?? '')) i -= 1;
  return words[i] === 'and';
}

/** The word before the verb past its manner adverbs: "to fully comply" leads with "to". */
function leadWord(words: readonly string[], index: number): string {
  let i = index - 1;
  while (i > 0 && MANNER_ADVERB.test(words[i] ?? '')) i -= 1;
  return words[i] ?? '';
}

/** Codes one verb in its clause; null when it codes no event (uncoded, governed, negated, no actor). */
export function codeHit(
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
  if (isPublication(words[hit.index] ?? '', objectText)) return null;
  const coding = codeVerb(ctx.rules, ctx.lexicon, words, hit, clause, objectText);
  if (!coding) return null;
  // A complement of a verbal event is part of it ("offered to hand over", "agreed that … should").
  const lead = leadWord(words, hit.index);
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
  ctx.groups ??= partyGroups(text, ctx.mentions);
  const who = findParticipants({ text, groups: ctx.groups, clauseStart, verb, objectEnd, passive });
  // A main verb whose subject names no actor ("Both sides agreed") blocks the fallback to its
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
    tense: verbTense(words, hit),
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
