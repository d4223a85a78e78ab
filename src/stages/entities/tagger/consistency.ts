import type { TaggerClass } from './labels.js';
import { CLASSES } from './labels.js';

/** A typed span into the text (index.ts re-exports it as TaggedMention). */
export interface TypedSpan {
  start: number;
  end: number;
  type: TaggerClass;
}

/**
 * One name, one class per document: news names a company or person in full once ("Chrysler LLC",
 * "Alan Mulally") and then by a short form ("Chrysler", "Mulally") that the tagger, seeing one sentence,
 * may type differently. A person's full name types its last word, a company name with a legal suffix the
 * name without it: the long form is the less ambiguous one. Otherwise every mention votes for its own text.
 * Each mention takes the class its text's long forms give, else the class with the most votes for its
 * text, when that class clearly leads (ties keep the tagger's).
 */

/** Legal-form words after a company name ("Apple Inc.", "Ford Motor Company"). */
const COMPANY_SUFFIX = /\s+(?:Inc|Corp|Corporation|Co|Company|LLC|Ltd|Limited|plc|PLC|AG|SA|NV|GmbH)\.?$/;
const LAST_WORD = /(?<last>[\p{Lu}][\p{L}\p{M}'’-]+)$/u;
type Votes = Map<string, Record<TaggerClass, number>>;

function vote(votes: Votes, key: string, type: TaggerClass, weight: number): void {
  let row = votes.get(key);
  if (!row) {
    row = { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
    votes.set(key, row);
  }
  row[type] += weight;
}

function collectVotes(text: string, mentions: readonly TypedSpan[]): { own: Votes; long: Votes } {
  const own: Votes = new Map();
  const long: Votes = new Map();
  for (const m of mentions) {
    const name = text.slice(m.start, m.end);
    vote(own, name, m.type, 1);
    const bare = name.replace(COMPANY_SUFFIX, '');
    if (bare !== name && bare) vote(long, bare, 'ORG', 1);
    const last = LAST_WORD.exec(name)?.groups?.['last'];
    if (m.type === 'PER' && name.includes(' ') && last) vote(long, last, 'PER', 1);
  }
  return { own, long };
}

/** The class with strictly the most votes, or null on a tie. */
function leader(row: Record<TaggerClass, number>): TaggerClass | null {
  let best: TaggerClass | null = null;
  let tie = false;
  for (const c of CLASSES) {
    if (best === null || row[c] > row[best]) [best, tie] = [c, false];
    else if (row[c] === row[best]) tie = true;
  }
  return tie ? null : best;
}

export function harmonize<M extends TypedSpan>(text: string, mentions: readonly M[]): M[] {
  const { own, long } = collectVotes(text, mentions);
  return mentions.map((m) => {
    const name = text.slice(m.start, m.end);
    const fromLong = long.get(name);
    const fromOwn = own.get(name);
    const type = (fromLong && leader(fromLong)) ?? (fromOwn ? leader(fromOwn) : null);
    return type && type !== m.type ? { ...m, type } : m;
  });
}
