// What a verb means under the words that govern it. PLOVER codes "refused to allow UN planes to
// land" as REJECT, not as the allowing; and "Russia said that Sudan must return a helicopter" as
// Russia's REQUEST to Sudan, not as Sudan's return. The CAMEO dictionary codes the embedded verb.
import type { Actor } from '../../../core/document.js';
import { groupMentions, uniqueActors, type ActorMention } from './actors.js';
import { absorbTitles } from './titles.js';

/** Up to two adverbs between the governing words and the verb: "must fully cooperate". */
const ADVERBS = /^(?:[a-z]+ly|also|then|again|not|soon|now|still|first)$/u;

/** Index of the first word of the verb's governing phrase, skipping adverbs before the verb. */
function governorEnd(words: readonly string[], index: number): number {
  let i = index;
  for (let k = 0; k < 2 && ADVERBS.test(words[i - 1] ?? '') && words[i - 1] !== 'not'; k += 1) i -= 1;
  return i;
}

const REFUSING = /^(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|reject(?:s|ed|ing)?)$/u;
/** A future or conditional negation is a refusal ("would not meet", "will not allow"). */
const REFUSING_AUX = /^(?:will|would|shall|can|could)$/u;
const NEGATION = /^(?:not|never|n't)$/u;
const CONTRACTED_REFUSAL = /^(?:won't|wouldn't|can't|cannot)$/u;

/**
 * "refused to commit", "declined to meet", "would not meet", "won't allow": the verb is refused.
 * A plain past negation ("did not attack") is no event, as before.
 */
export function isRefused(words: readonly string[], index: number): boolean {
  const end = governorEnd(words, index);
  const w1 = words[end - 1] ?? '';
  const w2 = words[end - 2] ?? '';
  if (w1 === 'to' && REFUSING.test(w2)) return true;
  if (CONTRACTED_REFUSAL.test(w1)) return true;
  return NEGATION.test(w1) && REFUSING_AUX.test(w2);
}

/** Modal phrases of obligation, by their last word: "must", "should", "has to", "ought to". */
const OBLIGATION_ONE = /^(?:must|should)$/u;
const OBLIGATION_TWO = /^(?:has|have|had|ought|needs|need)$/u;
const READY = /^(?:ready|willing|prepared|able)$/u;

/** "Sudan must return", "Iraq should cooperate", "Libya has to hand over". */
export function isObliged(words: readonly string[], index: number): boolean {
  const end = governorEnd(words, index);
  const w1 = words[end - 1] ?? '';
  if (OBLIGATION_ONE.test(w1)) return true;
  // "the US must be ready to mediate", "Iraq should be willing to cooperate".
  if (w1 === 'to' && READY.test(words[end - 2] ?? '') && words[end - 3] === 'be')
    return OBLIGATION_ONE.test(words[end - 4] ?? '');
  return w1 === 'to' && OBLIGATION_TWO.test(words[end - 2] ?? '');
}

/** A name right after a preposition is an object, not the one who speaks ("to Iraq"). */
const AFTER_PREPOSITION = /\b(?:to|of|in|at|for|with|from|by|on|against|between)\s+(?:the\s+)?$/iu;

/**
 * The parties of an obligation voiced by a speaker: the speaker is the first subject of the
 * sentence, before the obliged clause; the obliged party is the clause's own subject, else the
 * last party named before the clause ("issued a stern reminder to Iraq that it must cooperate").
 * Null when no speaker is named before the clause: a bare "Iraq must cooperate" is no request.
 */
export function obligationParties(
  text: string,
  mentions: readonly ActorMention[],
  clause: { start: number; verb: number },
): { actor: Actor[]; recipient: Actor[] } | null {
  const all = groupMentions(text, absorbTitles(text, mentions));
  const groups = all.filter((g) => (g[g.length - 1]?.end ?? 0) <= clause.start);
  const subject = all.filter((g) => (g[0]?.start ?? 0) >= clause.start && (g[0]?.end ?? 0) <= clause.verb);
  const speaker = groups.find((g) => {
    const start = g[0]?.start ?? 0;
    return !AFTER_PREPOSITION.test(text.slice(Math.max(0, start - 16), start));
  });
  if (!speaker) return null;
  const speakerActors = uniqueActors(speaker);
  const others = groups.filter((g) => g !== speaker && (g[0]?.start ?? 0) > (speaker[0]?.start ?? 0));
  const fallback = others[others.length - 1];
  const obliged = subject[subject.length - 1] ?? fallback;
  const recipient = uniqueActors(obliged ?? []);
  if (recipient.length === 0) return null;
  return { actor: speakerActors, recipient };
}

export interface GovernedReading {
  type: 'REJECT' | 'REQUEST';
  ruleId: string;
  /** The speaker and the obliged party of a REQUEST; null keeps the verb's own participants. */
  sides: { actor: Actor[]; recipient: Actor[] } | null;
}

/** The verb recast by its governing words, or null when they leave it as coded. */
export function governedReading(
  text: string,
  words: readonly string[],
  index: number,
  mentions: readonly ActorMention[],
  clause: { start: number; verb: number },
): GovernedReading | null {
  if (isRefused(words, index)) return { type: 'REJECT', ruleId: 'events/refused', sides: null };
  if (!isObliged(words, index)) return null;
  const sides = obligationParties(text, mentions, clause);
  return sides ? { type: 'REQUEST', ruleId: 'events/obliged', sides } : null;
}
