// The actors a sentence names, as the events coder asks for them: the actors stage's entity mentions,
// with its mention-level readings taking precedence ("Seoul said" is the government, not the place),
// plus bare names that refer back to a person already named ("Kim and Pak also recognized …").
import type { Actor, Entity } from '../../../core/document.js';
import type { ActorMention, ActorSource } from '../coder/actors.js';
import { loadGazetteer, type GazetteerMatch } from '../../actors/gazetteer/index.js';
import { firstStartingAt, overlapTest, type Span } from '../../../core/span.js';
import { bareTitles } from './bare-titles.js';
import { PARTY_IN, PARTY_NOUN } from './party-nouns.js';
import { firstPersonMentions, statementSpeaker } from './speaker.js';
import { quotedSpeakerMentions } from './quoted-speaker.js';

/** A mention-level actor as the actors stage reports it (capitals and seats acting as governments). */
export interface MentionActorLike extends Span {
  actor: Actor;
}

/** A capitalized word that may be a bare name: "Kim", "Pak", "Choe's". */
const NAME_WORD = /\b\p{Lu}[\p{Ll}]+(?:-\p{Ll}+)?\b/gu;

/**
 * After a demonym, a party noun or a body's capitalized name: "Rwandan rebels", "the Latvian
 * Constitutional Court", "the Nigerian Union of Teachers" are that country's parties.
 */
const HEADS_PARTY = new RegExp(`^\\s+(?:\\p{Lu}\\p{Ll}+|(?:${PARTY_NOUN})\\b)`, 'u');

/** After these a place name is where something happened, not who did it ("met in Seoul"). */
const PLACE_BEFORE = /\b(?:in|at|near|inside|outside|across)\s+(?:the\s+)?$/iu;
/** A lowercase word after a name that is not a preposition or conjunction: the name modifies a noun. */
const MODIFIER_AFTER =
  /^\s+(?!(?:and|or|on|in|at|to|for|with|from|by|of|since|until|during|but|as|which|who|that)\b)\p{Ll}/u;
const PLACE_TYPES = new Set<Entity['type']>(['GPE', 'LOC', 'FAC']);

/**
 * A whole country after "in" is where the act is aimed, by the CAMEO/PLOVER convention ("refused to
 * deploy peacekeepers in Iraq", "terrorist activities in Israel"); a city is where it happened
 * ("met in Seoul").
 */
function namesCountry(mention: string): boolean {
  const [match] = loadGazetteer().scan(mention);
  return (
    match !== undefined &&
    match.start === 0 &&
    match.end === mention.length &&
    match.candidates.some((c) => c.kind === 'country' && c.actor.code)
  );
}

function entityMentions(text: string, entities: readonly Entity[]): ActorMention[] {
  return entities.flatMap((e) => {
    if (!e.actor?.code) return [];
    const actor = e.actor;
    const acting = e.mentions.filter(
      (m) =>
        !PLACE_TYPES.has(e.type) ||
        !PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
        PARTY_IN.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
        namesCountry(text.slice(m.start, m.end)),
    );
    return acting.map((m) => ({ start: m.start, end: m.end, actor }));
  });
}

/** Person names by each of their name words ("Kim Gunn" under "Kim" and "Gunn"), with first mentions. */
function personParts(entities: readonly Entity[]): Map<string, { at: number; actor: Actor }[]> {
  const parts = new Map<string, { at: number; actor: Actor }[]>();
  for (const e of entities) {
    if (e.type !== 'PERSON' || !e.actor?.code) continue;
    const words = e.name.split(/\s+/u);
    if (words.length < 2) continue;
    for (const m of e.mentions) {
      for (const w of [words[0], words[words.length - 1]]) {
        if (w) parts.set(w, [...(parts.get(w) ?? []), { at: m.start, actor: e.actor }]);
      }
    }
  }
  return parts;
}

/**
 * Bare names the actors stage left uncoded: each refers to the nearest person named before it whose
 * first or last name it is (the seed: "Kim and Pak" is Kim Gunn, "Kim also directed" Kim Jong-un).
 */
function bareNames(text: string, entities: readonly Entity[], covered: readonly Span[]): ActorMention[] {
  const parts = personParts(entities);
  if (parts.size === 0) return [];
  const isCovered = overlapTest(covered);
  const out: ActorMention[] = [];
  for (const match of text.matchAll(NAME_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    // Most capitalized words are no person's name word: asked first, since it is one lookup.
    const holders = parts.get(match[0]);
    if (!holders || isCovered({ start, end })) continue;
    const before = holders.filter((p) => p.at < start);
    const nearest = before.sort((a, b) => b.at - a.at)[0];
    if (nearest) out.push({ start, end, actor: nearest.actor });
  }
  return out;
}

/**
 * Country names the entities stage left untagged, from the gazetteer: the tagger misses a name in an
 * unusual frame ("at the U.S. habitual misconduct", a KCNA statement), and a country is never
 * anything else. Not after "in"/"at the" of a place, unless the name modifies a noun after it
 * ("regret at the U.S. habitual misconduct" is the U.S.'s act, "in Japan and" a place).
 */
function untaggedCountries(
  text: string,
  matches: readonly GazetteerMatch[],
  covered: readonly Span[],
): ActorMention[] {
  const isCovered = overlapTest(covered);
  return matches.flatMap((match) => {
    const country = match.candidates.find(
      (c) =>
        c.actor.code &&
        (c.kind === 'country' ||
          (c.kind === 'demonym' && HEADS_PARTY.test(text.slice(match.end, match.end + 40)))),
    );
    if (!country) return [];
    const { start, end } = match;
    if (isCovered(match)) return [];
    const place = PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
    if (place && !MODIFIER_AFTER.test(text.slice(end, end + 24))) return [];
    return [{ start, end, actor: country.actor }];
  });
}

/**
 * The coder's actor source over one document's entities and mention-level actors; with the
 * sentences, a statement's first-person words stand for its speaker (speaker.ts).
 */
export function documentActors(
  text: string,
  entities: readonly Entity[],
  mentionActors: readonly MentionActorLike[],
  sentences: readonly Span[] = [],
): ActorSource {
  // The gazetteer remembers the walk of the last text it scanned, the entities stage's scan of this
  // text: scanning before namesCountry's scans of single mentions replace it saves a second walk.
  const gazetteerMatches = loadGazetteer().scan(text);
  const overriddenSpans = new Set(mentionActors.map(spanKey));
  const overridden = (m: Span): boolean => overriddenSpans.has(spanKey(m));
  const base = [
    ...entityMentions(text, entities).filter((m) => !overridden(m)),
    ...mentionActors.map((m) => ({ start: m.start, end: m.end, actor: m.actor })),
  ];
  const withNames = [...base, ...bareNames(text, entities, base)];
  const tagged = [...withNames, ...bareTitles(text, entities, withNames)];
  const named = [...tagged, ...untaggedCountries(text, gazetteerMatches, tagged)].sort(
    (a, b) => a.start - b.start,
  );
  const speaker = statementSpeaker(text, sentences, named);
  const all = [
    ...named,
    ...firstPersonMentions(text, sentences, speaker),
    ...quotedSpeakerMentions(text, sentences, named),
  ].sort((a, b) => a.start - b.start);
  return (span) => mentionsWithin(all, span);
}

const spanKey = (s: Span): string => `${s.start}:${s.end}`;

/**
 * The mentions inside `span`, in order: `sorted` is sorted by start, so the search starts at the first
 * mention starting at or after `span.start` and stops past `span.end`, instead of filtering every
 * mention of the document once per sentence (a transcript has a thousand of both).
 */
function mentionsWithin(sorted: readonly ActorMention[], span: Span): ActorMention[] {
  const inside: ActorMention[] = [];
  for (
    let i = firstStartingAt(sorted, span.start);
    i < sorted.length && sorted[i]!.start <= span.end;
    i += 1
  ) {
    const m = sorted[i]!;
    if (m.end <= span.end) inside.push(m);
  }
  return inside;
}
