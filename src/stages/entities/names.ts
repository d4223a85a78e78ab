// Trims a person mention to the name itself: "Russian President Vladimir Putin" → "Vladimir Putin",
// "Comrade Kim Jong Un" → "Kim Jong Un", "Foreign Minister Choe Son-hui" → "Choe Son-hui".
import type { Candidate, Gazetteer } from '../actors/gazetteer/index.js';
import { tokenize } from '../actors/gazetteer/index.js';
import { isTitleWord } from './tagger/titles.js';
import { BoundedMemo } from '../../core/bounded-memo.js';

/** Honorifics KCNA and wire copy put before names; they are neither titles nor names. */
const HONORIFICS = new Set(['comrade', 'mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'respected', 'dear']);
const NOT_NAME_KINDS = new Set(['title', 'demonym', 'country', 'capital', 'agent', 'seat', 'org']);

const MIDDLE_INITIAL = /\s\p{Lu}\.\s/u;

const SOURCE_ORDER = ['officials', 'factbook', 'rules', 'countries', 'phoenix'];

function rank(candidate: Candidate | undefined): number {
  return candidate ? SOURCE_ORDER.indexOf(candidate.source) : SOURCE_ORDER.length;
}

export interface PersonName {
  start: number;
  end: number;
  candidates: Candidate[];
}

/**
 * The gazetteer's answers per date and name, bounded: an article names a person many times ("Kim Jong Un"
 * in every KCNA paragraph), and each mention is looked up at every suffix: in one pass over KCNA half the
 * lookups repeat an earlier one, over State Department transcripts two in five.
 */
const answers = new WeakMap<Gazetteer, BoundedMemo<string, Candidate[]>>();
const MAX_ANSWERS = 50_000;

function lookup(gazetteer: Gazetteer, name: string, date: string | undefined): Candidate[] {
  let known = answers.get(gazetteer);
  if (!known) answers.set(gazetteer, (known = new BoundedMemo(MAX_ANSWERS)));
  // Length-prefixed, so that no date and name run into another pair, and no date is not the empty one.
  const key = `${date?.length ?? -1}:${date ?? ''}${name}`;
  return known.get(key) ?? known.add(key, gazetteer.lookup(name, date));
}

function isNameWord(gazetteer: Gazetteer, raw: string, norm: string): boolean {
  if (!/^\p{Lu}/u.test(raw) || HONORIFICS.has(norm)) return false;
  return !lookup(gazetteer, raw, undefined).some((c) => NOT_NAME_KINDS.has(c.kind));
}

/**
 * The person's name inside `text[start, end)`: the longest suffix the gazetteer knows as a person on
 * `date`, else the trailing run of capitalized words that are not titles, demonyms or honorifics.
 */
export function personName(
  gazetteer: Gazetteer,
  text: string,
  span: { start: number; end: number },
  date: string | undefined,
): PersonName | null {
  const tokens = tokenize(text.slice(span.start, span.end)).filter((t) => t.norm !== "'s");
  const last = tokens[tokens.length - 1];
  let best: PersonName | null = null;
  for (const t of tokens) {
    if (!last) break;
    const written = text.slice(span.start + t.start, span.start + last.end);
    let found = lookup(gazetteer, written, date);
    // "Wendy R. Sherman" is listed as "Wendy Sherman": a middle initial is optional in a name.
    if (!found.length && MIDDLE_INITIAL.test(written))
      found = lookup(gazetteer, written.replace(MIDDLE_INITIAL, ' '), date);
    const people = found.filter((c) => c.kind === 'person');
    const top = people[0];
    // The hand-kept table beats a Phoenix phrase that includes the title ("RUSSIAN PRESIDENT VLADIMIR PUTIN").
    if (top && (!best || rank(top) < rank(best.candidates[0]))) {
      best = { start: span.start + t.start, end: span.start + last.end, candidates: people };
    }
  }
  if (best) return best;
  let first = tokens.length;
  while (first > 0) {
    const t = tokens[first - 1];
    if (!t || !isNameWord(gazetteer, t.raw, t.norm)) break;
    first -= 1;
  }
  // "General Mark Milley" (an appositive "…, chairman of …" took the rank in): a rank or title opens no name.
  while (first < tokens.length - 1 && isTitleWord(tokens[first]!.raw)) first += 1;
  const head = tokens[first];
  const tail = tokens[tokens.length - 1];
  if (!head || !tail) return null;
  return { start: span.start + head.start, end: span.start + tail.end, candidates: [] };
}
