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
  'a an the this that these those its their his her our my your of in on for with by from into about no any each every some several two three new'.split(
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
const MANNER_ADVERB = /^[a-z]{3,}ly$/u;
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

function isVerbHere(words: readonly string[], hit: VerbLookup, i: number): boolean {
  const prev = words[i - 1] ?? '';
  if (NOUN_MARKERS.has(prev) || /^\d/u.test(prev)) return false;
  // ", emphasizing bilateral alignment", ", addressing North Korea's …": a participle after a comma
  // modifies the clause before it; it is not a main verb with a subject of its own.
  if (prev === ',' && /ing$/u.test(words[i] ?? '')) return false;
  // "talks", "attack": the noun reading is as likely as the verb's; ask for a verbal neighbour.
  const word = words[i] ?? '';
  if (hit.bare || PLURAL_OR_THIRD.test(word))
    return VERB_MARKERS.has(prev) || MANNER_ADVERB.test(prev) || !/^[a-z]/u.test(prev) || prev === 'and';
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
    if (!/^[a-z]/u.test(words[i] ?? '')) continue;
    const found = lexicon.lookup(words, i) ?? ruleVerbAt(words[i] ?? '', isRuleVerb);
    if (!found || !isVerbHere(words, found, i)) continue;
    hits.push({ ...found, index: i });
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
}

/** The clause around the verb at [start, end): [clauseStart, clauseEnd). */
export function clauseAround(words: readonly string[], start: number, end: number, limit: number): Clause {
  let clauseStart = 0;
  for (let i = start - 1; i >= 0; i -= 1) {
    const w = words[i] ?? '';
    if (BOUNDARY_WORDS.has(w) || REPORTING.has(w)) {
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
  return { clauseStart, clauseEnd, subordinate: SUBORDINATORS.has(words[clauseStart - 1] ?? '') };
}
