// Rule actors/surname-coreference: a bare family name ("Kim", "Choe", "Pak") refers back to a full name
// mentioned earlier. With two candidates (the seed page's Kim Gunn and Kim Jong-un) context decides,
// not position alone: a partner named in the same sentence ("Kim and Pak") who appeared beside one
// candidate before, or a title in the sentence that fits one candidate's role ("the leader"), beats
// recency; otherwise the most recently mentioned candidate wins.
import { fold } from '../gazetteer/index.js';
import type { PersonEntity } from '../persons.js';

export const RULE_ID = 'actors/surname-coreference';

export interface SurnameContext {
  /** The sentence span the surname is in, and its text. */
  sentence: { start: number; end: number; text: string };
  /** Other bare surnames in the same sentence ("Pak" beside "Kim"). */
  partners: readonly string[];
  /** Sentence spans in text order, to tell which candidates appeared together. */
  sentences: readonly { start: number; end: number }[];
}

export function nameEnds(name: string): string[] {
  const words = name.split(/[\s]+/).map((w) => fold(w.replace(/['’]s$/u, '')));
  return [words[0] ?? '', words[words.length - 1] ?? ''];
}

function sentenceIndex(sentences: SurnameContext['sentences'], offset: number): number {
  return sentences.findIndex((s) => offset >= s.start && offset < s.end);
}

/** How strongly context ties `person` to the sentence: shared past sentences with partners, a fitting role. */
function contextScore(person: PersonEntity, all: readonly PersonEntity[], ctx: SurnameContext): number {
  let score = 0;
  const mine = new Set(person.mentions.map((m) => sentenceIndex(ctx.sentences, m.start)));
  for (const partner of ctx.partners) {
    const other = all.find((p) => p !== person && nameEnds(p.name).includes(fold(partner)));
    if (other?.mentions.some((m) => mine.has(sentenceIndex(ctx.sentences, m.start)))) score += 2;
  }
  // The title's head only: "Special Representative for Korean Peninsula …" must not match "Korean Peninsula".
  const head = person.actor?.role?.toLowerCase().split(/\s+(?:for|of|on)\s+/)[0];
  const words = head?.split(/\s+/).filter((w) => w.length > 4) ?? [];
  if (words.some((w) => ctx.sentence.text.toLowerCase().includes(w))) score += 1;
  return score;
}

/** The entity a bare surname at `offset` refers to, or null when no full name before it fits. */
export function resolveSurname(
  surname: string,
  offset: number,
  people: readonly PersonEntity[],
  ctx: SurnameContext,
): PersonEntity | null {
  const key = fold(surname);
  const candidates = people.filter(
    (p) => p.name.includes(' ') && nameEnds(p.name).includes(key) && p.mentions.some((m) => m.end <= offset),
  );
  const lastBefore = (p: PersonEntity): number =>
    Math.max(...p.mentions.filter((m) => m.end <= offset).map((m) => m.start));
  const ranked = candidates
    .map((p) => ({ p, score: contextScore(p, people, ctx), last: lastBefore(p) }))
    .sort((a, b) => b.score - a.score || b.last - a.last);
  return ranked[0]?.p ?? null;
}
