// Rule events/dyadic-sides: PLOVER codes a dyadic event (a meeting, an accusation, an attack) with a
// source and a target; a coding whose target is missing or is the source itself is a half-read clause,
// not an event. Motivated by the KCNA statements and State Department releases, where a long clause
// with one coded name gave "CONSULT PRK ->" ("talks between Yun Jong Ho, minister of …") and
// "COERCE USA -> USA" ("the pain the U.S. has inflicted on our people … towards the U.S.").
//
// A target of the actor's own country is not always that artefact: by the CAMEO/PLOVER convention a
// domestic act ("Egyptian police opened fire on demonstrators", "students staged demonstrations")
// targets the actor's country, and the coder reads it so (coder/domestic.ts); a government and a
// rebel group or a named official of the same country are two parties. Only the same party named
// twice is dropped: the same name, or the actor's country as a bare name.
import type { Actor } from '../../../core/document.js';
import { loadGazetteer } from '../../actors/gazetteer/index.js';
import type { CodedEvent } from '../coder/code-sentence.js';
import { PARTY_NOUN } from './party-nouns.js';

export const RULE_ID = 'events/dyadic-sides';

/**
 * Types that stand without a target: a weapons test or a troop movement ("North Korea fired a
 * missile into the sea"), a protest, a sanction announced on a named body the gazetteer cannot code
 * ("sanctions on the virtual currency mixer Blender.io"), a ceasefire, a withdrawal or a surrender
 * ("rebels surrendered last week").
 */
const MONADIC = new Set(['MOBILIZE', 'PROTEST', 'SANCTION', 'RETREAT']);
/**
 * An AGREE stands alone when it is a statement of intent or says a commitment in words (PLOVER AGREE:
 * "Vietnam is committed to opening up the economy", "the forum has agreed to set up a research
 * center", "reiterated the United States' commitment to complete denuclearization"); other AGREE
 * codings without a counterpart ("wanted to raid", "is set to launch") are half-read clauses.
 */
const COMMITMENT =
  /\b(?:agree[ds]?|agreeing|commit(?:s|ted|ment|ments)?|pledge[ds]?|pledging|vow(?:s|ed)?|promise[ds]?|reaffirm(?:s|ed)?|reiterat(?:e|es|ed))\b/iu;
/** CAMEO 163 "impose embargo, boycott, or sanctions" is COERCE/restrict in the 2021 table: a sanction. */
const SANCTIONS_MODE = 'restrict';

/**
 * Violence and repression are told in the passive with no one named ("three Iraqi civilians have
 * been killed in a car bombing", "journalists were arrested"): an event done to its target by a party
 * unknown. A passive statement or meeting without its agent ("an invitation was issued to …") is not.
 */
const UNKNOWN_PERPETRATOR = new Set(['ASSAULT', 'COERCE']);

/**
 * A curfew is imposed on the actor's own country ("imposed a curfew in … southeastern Turkey"); a
 * protest is aimed at its own country's rulers unless it names another (the coder's convention,
 * coder/domestic.ts): both keep an own-country target.
 */
const DOMESTIC_MODE = 'curfew';

/** How far past the clause's end a party noun may follow its country word (two words and the noun). */
const NOUN_REACH = 40;

const codeOf = (a: Actor): string => a.code ?? '';

/**
 * The coder's domestic-target reading (coder/domestic.ts): the actor's own country as a bare code,
 * named by its code, with no sector or role, because the text names no one for it.
 */
export function isDomesticReading(a: Actor): boolean {
  return a.code !== null && a.name === a.code && a.sector === null && a.role === null;
}

const escape = (name: string): string => name.replace(/[.*+?^$()|[\]\\{}]/gu, '\\$&');

/** Up to two modifiers between the country word and the noun ("Turkish Kurd refugees"). */
const PARTY_TAIL_SOURCE = `(?:['’]s?)?(?:\\s+\\p{L}+){0,2}?\\s+(?:${PARTY_NOUN})\\b`;
const PARTY_TAIL = new RegExp(PARTY_TAIL_SOURCE, 'iuy');
const partyAfter = (name: string): RegExp =>
  new RegExp(`(?<![\\p{L}])${escape(name)}${PARTY_TAIL_SOURCE}`, 'giu');

/** The country word at the head of a named body: "the Kenya Anti-Corruption Commission". */
const BODY_TAIL = /\s+\p{Lu}\p{Ll}+/uy;
const bodyAfter = (name: string): RegExp =>
  new RegExp(`(?<![\\p{L}])${escape(name)}${BODY_TAIL.source}`, 'gu');

const LETTER_BEFORE = /\p{L}$/u;

/**
 * How many times `name`, not inside a longer word, is followed by `tail`: what `evidence.match(pattern)`
 * counts for the patterns above. A pattern per name compiled under the u and i flags cost about 1.6 ms
 * each (the party-noun alternation folded for case), a twentieth of the whole pipeline; searching for
 * the name and testing one compiled tail gives the same count. An empty name, or a text whose lower
 * case changes its length (so positions would shift), takes the pattern itself.
 */
function countFollowed(evidence: string, name: string, tail: RegExp, ignoreCase: boolean): number {
  const hay = ignoreCase ? evidence.toLowerCase() : evidence;
  const needle = ignoreCase ? name.toLowerCase() : name;
  if (needle === '' || hay.length !== evidence.length || needle.length !== name.length) {
    const pattern = tail === PARTY_TAIL ? partyAfter(name) : bodyAfter(name);
    return evidence.match(pattern)?.length ?? 0;
  }
  let count = 0;
  let at = hay.indexOf(needle);
  while (at >= 0) {
    tail.lastIndex = at + needle.length;
    if (!LETTER_BEFORE.test(evidence.slice(Math.max(0, at - 2), at)) && tail.test(evidence)) {
      count++;
      at = hay.indexOf(needle, tail.lastIndex);
    } else at = hay.indexOf(needle, at + 1);
  }
  return count;
}

/** After a country word, a lowercase word that is no preposition or conjunction: it modifies a noun. */
const MODIFIES =
  /^(?:['’]s?)?\s+(?!(?:and|or|on|in|at|to|for|with|from|by|of|since|until|during|but|as|which|who|that|over|against|after|before)\b)\p{Ll}/u;

/** A country's name, not its demonym ("Turkey", not "Turkish", which always qualifies a noun). */
function isCountryNoun(name: string): boolean {
  const [match] = loadGazetteer().scan(name);
  return (
    match?.start === 0 && match.end === name.length && match.candidates.some((c) => c.kind === 'country')
  );
}

/**
 * The country word as a noun phrase of its own ("accepted demands … from Turkey", "pressure on
 * Kenya."), not a modifier ("the U.S. commitment", "the Russian embassy", "the United States' DPRK
 * policy review"): a target of its own, as domestic coding has it.
 */
function standsAlone(name: string, evidence: string): boolean {
  if (!isCountryNoun(name)) return false;
  let at = evidence.indexOf(name);
  while (at >= 0) {
    const after = evidence.slice(at + name.length, at + name.length + 30);
    if (!MODIFIES.test(after) && !/^['’]/u.test(after)) return true;
    at = evidence.indexOf(name, at + 1);
  }
  return false;
}

/**
 * The actor's own country named as a bare country ("the U.S." … "the American", an official and
 * "the United States' commitment", "the Russian embassy") is the actor again; a person, a sector
 * (rebels, the police), the coder's domestic reading, or the country word before a noun naming its
 * people or rulers ("demanding that the Turkish government …") is another party of that country.
 */
function sameParty(actor: Actor, recipient: Actor, evidence: string): boolean {
  if (codeOf(actor) !== codeOf(recipient) || isDomesticReading(recipient)) return false;
  const bareCountry = recipient.sector === null && recipient.role === null;
  // With one name for both ("Algerian landowners … Algerian government forces") the actor's own
  // mention is one of the party phrases; the recipient needs another.
  const told = actor.name === recipient.name ? 2 : 1;
  const parties =
    countFollowed(evidence, recipient.name, PARTY_TAIL, true) +
    countFollowed(evidence, recipient.name, BODY_TAIL, false);
  if (bareCountry && parties >= told) return false;
  if (bareCountry && actor.name !== recipient.name && standsAlone(recipient.name, evidence)) return false;
  return bareCountry || actor.name === recipient.name;
}

/** The recipient without the actor itself ("the U.S. … towards the U.S."). */
function otherSide(event: CodedEvent['event'], text: string | undefined): Actor[] {
  if (event.mode === DOMESTIC_MODE || event.type === 'PROTEST') return event.recipient;
  // The clause may end at the country word ("will allow up to 13,000 Turkish | Kurd refugees"): the
  // noun that makes it a party follows in the text.
  const { start, end } = event.evidence;
  const told = text === undefined ? event.evidence.text : text.slice(start, end + NOUN_REACH);
  return event.recipient.filter((r) => !event.actor.some((a) => sameParty(a, r, told)));
}

/** Acts the actors do with each other: "X and Y met", "signed a treaty", "failed to reach agreement". */
const MUTUAL = new Set(['CONSULT', 'COOPERATE', 'AGREE', 'SUPPORT', 'REJECT']);

/**
 * "Czechia and Albania upgraded their ties": two countries doing a mutual act together are its two
 * sides. Three or more ("Canada, France, Germany … commend the work of the Committee") are a joint
 * statement, whose target is someone else.
 */
function jointSides(type: string, actor: readonly Actor[]): boolean {
  return MUTUAL.has(type) && new Set(actor.map(codeOf).filter(Boolean)).size === 2;
}

/** Keeps events with both sides; a monadic type keeps a lone actor, with a self-recipient dropped. */
export function requireDyadicSides(events: readonly CodedEvent[], text?: string): CodedEvent[] {
  return events.flatMap((c) => {
    if (c.event.actor.length === 0)
      return UNKNOWN_PERPETRATOR.has(c.event.type) && c.event.recipient.length > 0 ? [c] : [];
    const recipient = otherSide(c.event, text);
    const commitment =
      c.event.type === 'AGREE' && (c.event.status === 'intended' || COMMITMENT.test(c.event.evidence.text));
    const sanctions = c.event.type === 'COERCE' && c.event.mode === SANCTIONS_MODE;
    const monadic =
      MONADIC.has(c.event.type) || commitment || sanctions || jointSides(c.event.type, c.event.actor);
    if (recipient.length === 0 && !monadic) return [];
    return [{ ...c, event: { ...c.event, recipient } }];
  });
}
