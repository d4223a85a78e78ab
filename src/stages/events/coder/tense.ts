// The tense of a coded verb, from its auxiliaries and its own form (no POS model): what the dates
// stage needs to date a statement that names no day ("The United States calls on …", "We condemn …",
// "I express contempt …"): its present tense is the time it was issued.
import type { EventTense } from '../../../core/document.js';
import type { VerbHit } from './clauses.js';

const FUTURE = new Set(['will', 'shall', "'ll", 'going']);
const MODAL = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', 'cannot']);
const PRESENT = new Set(['is', 'are', 'am', 'do', 'does']);
const PAST = new Set(['was', 'were', 'did', 'had']);
const PERFECT = new Set(['has', 'have', 'been']);

/**
 * Words that may stand between an auxiliary and its verb, or between a finite verb and the infinitive
 * it governs: "is strongly urging", "remains committed to seeking", "is ready to provide".
 */
const BRIDGE =
  /^(?:[a-z]+ly|also|still|further|now|again|never|not|to|committed|ready|prepared|willing|determined|able|set|about|be|being)$/u;
/** -ing forms with no auxiliary are participles or gerunds: no tense of their own. */
const GERUND = /ing$/u;
/** A finite present form in the third person: "calls", "remains", "expresses" (but not "discuss"). */
const THIRD_PERSON = /[^s]s$/u;

/** Before a noun ("the decision to", "its efforts to") the word is not a governing verb. */
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|my|your|this|these|those|that|of)$/u;

function formTense(word: string, bare: boolean): EventTense | null {
  if (bare) return 'present';
  if (GERUND.test(word)) return null;
  return THIRD_PERSON.test(word) ? 'present' : 'past';
}

/** The governor of an infinitive: a finite verb in -s or -ed ("seeks to", "vowed to"), else unread. */
function governorTense(words: readonly string[], i: number): EventTense | null {
  const w = words[i] ?? '';
  if (DETERMINER.test(words[i - 1] ?? '')) return null;
  if (THIRD_PERSON.test(w)) return 'present';
  return /ed$/u.test(w) ? 'past' : null;
}

/**
 * The verb's tense: the first auxiliary before it decides ("is imposing" present, "will visit"
 * future, "has condemned" perfect, "would retaliate" none); with none, the form of the finite verb,
 * which is the verb itself or, across "to", the verb that governs it ("remains committed to
 * seeking" is present). A bare form with no auxiliary is a present ("We condemn"); an infinitive
 * whose governor cannot be read has no tense.
 */
export function verbTense(words: readonly string[], hit: VerbHit): EventTense | null {
  let crossedTo = false;
  for (let i = hit.index - 1; i >= Math.max(0, hit.index - 6); i -= 1) {
    const w = words[i] ?? '';
    if (FUTURE.has(w)) return 'future';
    if (MODAL.has(w)) return null;
    if (PRESENT.has(w)) return 'present';
    if (PAST.has(w)) return 'past';
    if (PERFECT.has(w)) return 'perfect';
    if (w === 'to') crossedTo = true;
    if (BRIDGE.test(w)) continue;
    // The word before the bridge: across "to" it is the governing verb ("remains … to seeking").
    return crossedTo ? governorTense(words, i) : formTense(words[hit.index] ?? '', hit.bare);
  }
  return crossedTo ? null : formTense(words[hit.index] ?? '', hit.bare);
}
