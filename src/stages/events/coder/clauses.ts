// Verbs and clause limits from words alone (no POS model): a dictionary form is a verb unless the
// word before it marks a noun ("the attack", "its visit", "of talks"); clauses end at ";",
// complementizers and relative pronouns, reporting verbs, and a trailing attribution.
import type { VerbLexicon, VerbLookup } from '../dictionary/lexicon.js';

export interface VerbHit extends VerbLookup {
  /** Token index of the first word of the verb form. */
  index: number;
}

/** Words after which a dictionary form is a noun or an adjective: "the attack", "armed forces of". */
const NOUN_MARKERS = new Set(
  "a an the this that these those its their his her our my your of in on for with by from into about no any each every some several two three new 's ’s".split(
    ' ',
  ),
);
/**
 * Marks a bare form as a verb even though it is also a noun: "to attack", "will visit"; a statement's
 * first-person subject ("We condemn", "I advise") and a manner adverb ("strongly urge") too.
 */
const VERB_MARKERS = new Set(
  "to will would shall should can could may might must did do does not n't also jointly i we they".split(' '),
);
export const MANNER_ADVERB = /^[a-z]{3,}ly$/u;
/** Words that open a subordinate clause: its events are background to the main one. */
const SUBORDINATORS = new Set(
  'which who whom whose where when while after before since if unless although though because whereas'.split(
    ' ',
  ),
);
const BOUNDARY_WORDS = new Set([...SUBORDINATORS, ...'that but ; : -- —'.split(' ')]);
/** Reporting verbs: their subject is a speaker, not a party to the reported event. */
export const REPORTING = new Set(
  'said says say told tells added stated announced reported confirmed noted quoted according'.split(' '),
);
const PLURAL_OR_THIRD = /[^s]s$/u;

/** -ing forms that are mostly adjectives: "Algeria's leading activist", "were leading members". */
const ADJECTIVAL_ING =
  /^(?:leading|ruling|governing|outgoing|incoming|ongoing|neighbou?ring|existing|surrounding|remaining|missing|following|including|according|growing|increasing|mounting|lasting|working)$/u;
const OBJECT_OPENER = /^(?:the|a|an|their|his|her|its|our|them|him|it|any|all)$/u;
const PLURAL_SUBJECT = /^[a-z]{3,}[^su]s$/u;

/** Whether `word` starts with a lowercase ASCII letter (/^[a-z]/): asked of every word, so no regex. */
export function startsLowercase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x61 && code <= 0x7a;
}

function isVerbHere(words: readonly string[], hit: VerbLookup, i: number): boolean {
  const prev = words[i - 1] ?? '';
  if (ADJECTIVAL_ING.test(words[i] ?? '') && !OBJECT_OPENER.test(words[i + 1] ?? '')) return false;
  if (NOUN_MARKERS.has(prev) || /^\d/u.test(prev)) return false;
  // ", emphasizing bilateral alignment", ", addressing North Korea's …": a participle after a comma
  // modifies the clause before it; it is not a main verb with a subject of its own.
  if (prev === ',' && /ing$/u.test(words[i] ?? '')) return false;
  // "talks", "attack": the noun reading is as likely as the verb's; ask for a verbal neighbour.
  const word = words[i] ?? '';
  if (hit.bare || PLURAL_OR_THIRD.test(word))
    return (
      VERB_MARKERS.has(prev) ||
      MANNER_ADVERB.test(prev) ||
      !startsLowercase(prev) ||
      prev === 'and' ||
      // "The Palestinians reject …": a bare form after a plural subject is its present tense.
      (hit.bare && PLURAL_SUBJECT.test(prev) && OBJECT_OPENER.test(words[i + 1] ?? ''))
    );
  return true;
}

/** A verb our domain rules know though the dictionary does not ("concurred"): no CAMEO entries. */
const ruleVerbAt = (word: string, isRuleVerb: (w: string) => boolean): VerbLookup | null =>
  isRuleVerb(word) ? { entries: [], length: 1, bare: !/(?:ed|[^s]s|t|d)$/u.test(word) } : null;

export function findVerbs(
  lexicon: VerbLexicon,
  words: readonly string[],
  isRuleVerb: (w: string) => boolean = () => false,
): VerbHit[] {
  const hits: VerbHit[] = [];
  for (let i = 0; i < words.length; i += 1) {
    // Punctuation is never a verb, whatever stray forms the dictionary holds.
    if (!startsLowercase(words[i] ?? '')) continue;
    const found = lexicon.lookup(words, i) ?? ruleVerbAt(words[i] ?? '', isRuleVerb);
    if (!found || !isVerbHere(words, found, i)) continue;
    // Spelled out: a spread of `found` per verb cost more than the lookup that found it.
    hits.push({ entries: found.entries, length: found.length, bare: found.bare, index: i });
    i += found.length - 1;
  }
  return hits;
}

/**
 * Token index where a trailing attribution begins (", a Jordanian official confirmed."), else the
 * sentence length: what follows is the speaker, never a party to the event.
 */
export function attributionStart(words: readonly string[]): number {
  for (let i = words.length - 1; i >= Math.max(0, words.length - 12); i -= 1) {
    if (words[i] !== ',') continue;
    const tail = words.slice(i + 1);
    if (tail.some((w) => REPORTING.has(w)) && !tail.includes(',')) return i;
  }
  return words.length;
}

export interface Clause {
  clauseStart: number;
  clauseEnd: number;
  /** The clause opens with "which", "after", "if" …: not the sentence's main event. */
  subordinate: boolean;
  /** The verb is an -ing form with no be-form: a participle or gerund ("a declaration demanding"). */
  participle: boolean;
}

/** The clause around the verb at [start, end): [clauseStart, clauseEnd). */
export function clauseAround(
  words: readonly string[],
  start: number,
  end: number,
  limit: number,
  relatives: ReadonlySet<number> = new Set(),
): Clause {
  let clauseStart = 0;
  let temporal = false;
  for (let i = start - 1; i >= 0; i -= 1) {
    const w = words[i] ?? '';
    // "as they continued their effort": "as" before a subject opens a clause of time or reason.
    temporal = w === 'as' && SUBJECT_OPENER.has(words[i + 1] ?? '');
    if (BOUNDARY_WORDS.has(w) || REPORTING.has(w) || temporal) {
      clauseStart = i + 1;
      break;
    }
  }
  let clauseEnd = limit;
  for (let i = end; i < limit; i += 1) {
    const w = words[i] ?? '';
    if (BOUNDARY_WORDS.has(w) && w !== 'that') {
      clauseEnd = i;
      break;
    }
  }
  const opener = words[clauseStart - 1] ?? '';
  return {
    clauseStart,
    clauseEnd,
    subordinate:
      SUBORDINATORS.has(opener) ||
      relatives.has(clauseStart - 1) ||
      temporal ||
      isNounInfinitive(words, start),
    participle: isBareParticiple(words, start),
  };
}

/** Nouns that take an infinitive of their own: "the government's refusal to accept", "its decision to send". */
const NOMINAL_HEAD =
  /^[a-z]+(?:al|ion|ment|ness|ity)$|^(?:attempts?|efforts?|bids?|plans?|moves?|calls?|demands?|threats?|pledges?|promises?|rights?|ways?|orders?|requests?|drive|campaign)$/u;
const DETERMINER = /^(?:'s|’s|the|a|an|its|their|his|her|our|this|that)$/u;

/**
 * "in protest of the Russian government's refusal to accept the independence": the infinitive says
 * what the noun is about; it is not an act of the clause's subject ("plans to" after a subject,
 * without a determiner, is the verb).
 */
function isNounInfinitive(words: readonly string[], index: number): boolean {
  if (words[index - 1] !== 'to') return false;
  const noun = words[index - 2] ?? '';
  if (!NOMINAL_HEAD.test(noun)) return false;
  return /(?:al|ion|ment|ness|ity)$/u.test(noun) || DETERMINER.test(words[index - 3] ?? '');
}

/** Words after which "that" opens the content of a statement ("said that", "demanded that", "so that"). */
const COMPLEMENT_HEAD =
  /(?:ed|ly)$|^(?:so|such|now|is|was|are|were|be|say|says|ensure|ensures|believe|believes)$/u;
/** Words that open a clause's subject: after "that" they make it a statement's content. */
const SUBJECT_OPENER = new Set(
  'the a an it they he she we i its their his her this these those there all both'.split(' '),
);

/**
 * Token indices of "that" opening a relative clause: "a resolution that aims to tighten sanctions"
 * ("that" after a common noun, before a verb) describes the noun; it is not what the sentence's
 * subject did. "demanded that the US cancel", "a reminder to Iraq that it must" open a statement's
 * content, which the governed reading codes. `capitalized` tells a name from a common word.
 */
export function relativeThats(words: readonly string[], capitalized: (i: number) => boolean): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < words.length - 1; i += 1) {
    if (words[i] !== 'that') continue;
    const prev = words[i - 1] ?? '';
    const next = words[i + 1] ?? '';
    if (!startsLowercase(prev) || capitalized(i - 1) || REPORTING.has(prev) || COMPLEMENT_HEAD.test(prev))
      continue;
    if (SUBJECT_OPENER.has(next) || capitalized(i + 1) || !startsLowercase(next)) continue;
    out.add(i);
  }
  return out;
}

const BE = new Set('is are was were be been being am remain remains remained'.split(' '));

/**
 * "refugees fleeing the civil war", "a demonstration calling for …": an -ing form with no be-form
 * before it is a participle modifying a noun, or a gerund, not a finite verb of its own clause. After
 * "to" ("committed to seeking", "agreed to continuing") it is the content of the governing phrase.
 */
function isBareParticiple(words: readonly string[], index: number): boolean {
  const word = words[index] ?? '';
  if (!/[a-z]{2}ing$/u.test(word)) return false;
  let i = index - 1;
  while (i >= 0 && /^[a-z]+ly$|^(?:still|also|not|now)$/u.test(words[i] ?? '')) i -= 1;
  const prev = words[i] ?? '';
  return !BE.has(prev) && prev !== 'to' && prev !== 'and';
}
