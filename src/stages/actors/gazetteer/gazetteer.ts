// Name → candidate actors valid on a date. One trie holds every alias of every dictionary; a match
// is the longest name starting at a token, and its entries are filtered by case and by date.
import { validOn } from './dates.js';
import type { Alias, Candidate, Entry, EntrySource } from './entry.js';
import { isCaseSensitive, isUpper, nameKey, nameTokens, tokenize, type Token } from './normalize.js';
import { SlotTitles } from './slot-titles.js';
import { TokenTrie, type TrieMatch } from './trie.js';

interface TrieValue {
  entry: Entry;
  caseSensitive: boolean;
}

export interface GazetteerMatch {
  /** Character offsets into the scanned text. */
  start: number;
  end: number;
  text: string;
  candidates: Candidate[];
}

/** Phoenix's country and leader content dates from CountryInfo.140130: open terms are unverified after it. */
export const PHOENIX_UPDATED = '2014-01-30';

/** The hand-kept table first, then sources by how current they are. */
const SOURCE_RANK: Record<EntrySource, number> = {
  officials: 0,
  rules: 1,
  factbook: 2,
  countries: 3,
  phoenix: 4,
};

function byRank(a: Candidate, b: Candidate): number {
  return (
    SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
    a.id.localeCompare(b.id) ||
    (a.from ?? '').localeCompare(b.from ?? '')
  );
}

/** A person's last term that ended before `date` (and began before it): a former office holder. */
function lastEnded(group: readonly Entry[], date: string): Entry | undefined {
  const ended = group.filter((e) => e.kind === 'person' && e.to !== null && !validOn(null, e.to, date));
  return ended.sort((a, b) => (b.to ?? '').localeCompare(a.to ?? ''))[0];
}

/**
 * Keeps, for each person or body, the terms valid on `date`; a person with none keeps Phoenix's undated
 * code (usually ELI, a former official) if there is one, else their last ended term flagged `ended`
 * (Kim Il Sung in a 2024 article is still a person). Without a date every entry is a candidate.
 */
export function onDate(entries: readonly Entry[], date?: string): Candidate[] {
  const unique = [...new Set(entries)];
  if (date === undefined) return unique.map((e) => ({ ...e, stale: false, ended: false })).sort(byRank);
  const groups = new Map<string, Entry[]>();
  for (const e of unique) groups.set(e.id, [...(groups.get(e.id) ?? []), e]);
  const kept = [...groups.values()].flatMap((group) => {
    const valid = group.filter((e) => !e.fallback && validOn(e.from, e.to, date));
    if (valid.length > 0) return valid.map((e) => ({ e, ended: false }));
    const fallback = group.filter((e) => e.fallback);
    if (fallback.length > 0) return fallback.map((e) => ({ e, ended: false }));
    const last = lastEnded(group, date);
    return last ? [{ e: last, ended: true }] : [];
  });
  return kept
    .map(({ e, ended }) => ({
      ...e,
      stale: e.source === 'phoenix' && e.to === null && e.from !== null && date > PHOENIX_UPDATED,
      ended,
    }))
    .sort(byRank);
}

/**
 * One trie node's candidates on a date: the same names recur in every article, and sorting and copying
 * their entries (onDate) for each occurrence was most of a scan. Keyed by the node's value list; one slot
 * for the last date asked and one for no date, since the entities stage scans with the article's date and
 * the events stage without.
 */
interface NodeCandidates {
  /** Whether some value is case-sensitive, so the match's case matters at all. */
  caseMatters: boolean;
  /**
   * Whether every value is undated (no from, no to: countries, demonyms, bodies), so that onDate gives
   * the same list on every date and the dated slot serves every article, not only the last date's.
   */
  anyDate: boolean;
  undated: CaseCandidates;
  dated: CaseCandidates & { date: string | undefined };
}

/** Candidates when the text is in capitals, and otherwise; each computed on first use. */
interface CaseCandidates {
  upper?: readonly Candidate[];
  other?: readonly Candidate[];
}

/**
 * What a scan finds whatever the date, kept for the last text scanned: its tokens, the trie's names
 * at each token and the slot titles. The entities stage scans the article with its date and the events
 * stage scans it again without one; tokenizing and walking the trie were half of each scan.
 */
interface TextWalk {
  text: string;
  tokens: Token[];
  matches: (readonly TrieMatch<TrieValue>[] | undefined)[];
  slotTitles: SlotTitles;
}

/**
 * Texts shorter than this (a mention: "the U.S.", "Seoul") are walked without being remembered: the events
 * stage looks up single mentions between the two scans of an article, and they evicted the article's walk.
 */
const REMEMBERED_LENGTH = 200;

export class Gazetteer {
  #walk: TextWalk | undefined;
  readonly #trie = new TokenTrie<TrieValue>();
  readonly #surnames = new Map<string, Set<Entry>>();
  readonly #byNode = new Map<readonly TrieValue[], NodeCandidates>();

  constructor(aliases: readonly Alias[]) {
    for (const { name, entry } of aliases) {
      const norms = nameTokens(name);
      this.#trie.insert(norms, { entry, caseSensitive: isCaseSensitive(name) });
      if (entry.kind === 'person' && norms.length > 1) this.#indexSurname(norms, entry);
    }
  }

  /** Number of aliases stored. */
  get size(): number {
    return this.#trie.size;
  }

  /** Family names come first in Korean and Chinese names, last in most others: both ends are indexed. */
  #indexSurname(norms: readonly string[], entry: Entry): void {
    for (const norm of [norms[0] ?? '', norms[norms.length - 1] ?? '']) {
      const set = this.#surnames.get(norm);
      if (set) set.add(entry);
      else this.#surnames.set(norm, new Set([entry]));
    }
  }

  /** The longest name starting at `tokens[start]` that has a candidate on `date`. */
  matchAt(
    tokens: readonly Token[],
    start: number,
    date?: string,
  ): { end: number; candidates: Candidate[] } | null {
    return this.#firstOnDate(this.#trie.matchesAt(tokens, start), tokens, start, date);
  }

  /** The longest of the names found at `start` that has a candidate on `date`. */
  #firstOnDate(
    matches: readonly TrieMatch<TrieValue>[],
    tokens: readonly Token[],
    start: number,
    date: string | undefined,
  ): { end: number; candidates: Candidate[] } | null {
    for (const { end, values } of matches) {
      const candidates = this.#candidates(values, tokens, start, end, date);
      if (candidates.length > 0) return { end, candidates: [...candidates] };
    }
    return null;
  }

  /** onDate over a node's values that the written case admits, remembered for the node and date. */
  #candidates(
    values: readonly TrieValue[],
    tokens: readonly Token[],
    start: number,
    end: number,
    date: string | undefined,
  ): readonly Candidate[] {
    let node = this.#byNode.get(values);
    if (!node) {
      node = {
        caseMatters: values.some((v) => v.caseSensitive),
        anyDate: values.every((v) => v.entry.from === null && v.entry.to === null),
        undated: {},
        dated: { date: undefined },
      };
      this.#byNode.set(values, node);
    }
    if (date !== undefined && node.dated.date !== date && !node.anyDate) node.dated = { date };
    const slot = date === undefined ? node.undated : node.dated;
    const upper = node.caseMatters && allUpper(tokens, start, end);
    if (upper) return (slot.upper ??= frozenOnDate(values, true, date));
    return (slot.other ??= frozenOnDate(values, false, date));
  }

  /** The remembered walk of `text`, or a new one, remembered unless the text is as short as one mention. */
  #walkOf(text: string): TextWalk {
    if (this.#walk?.text === text) return this.#walk;
    const walk = { text, tokens: tokenize(text), matches: [], slotTitles: new SlotTitles(text) };
    if (text.length >= REMEMBERED_LENGTH) this.#walk = walk;
    return walk;
  }

  /** Every longest, non-overlapping name in `text`, left to right, titles with an object included. */
  scan(text: string, date?: string): GazetteerMatch[] {
    const { tokens, matches, slotTitles } = this.#walkOf(text);
    const found: GazetteerMatch[] = [];
    for (let i = 0; i < tokens.length;) {
      const start = tokens[i]?.start ?? 0;
      const trie = this.#firstOnDate((matches[i] ??= this.#trie.matchesAt(tokens, i)), tokens, i, date);
      const trieEnd = trie ? (tokens[trie.end - 1]?.end ?? start) : start;
      const slot = slotTitles.at(start);
      const best =
        slot && slot.end > trieEnd ? slot : trie ? { end: trieEnd, candidates: trie.candidates } : null;
      if (!best) {
        i += 1;
        continue;
      }
      found.push({ start, end: best.end, text: text.slice(start, best.end), candidates: best.candidates });
      while (i < tokens.length && (tokens[i]?.start ?? 0) < best.end) i += 1;
    }
    return found;
  }

  /** Candidates for a whole name ("Kim Jong-un", "South Korean", "Seoul"); nothing for part of a name. */
  lookup(name: string, date?: string): Candidate[] {
    const tokens = tokenize(name.replace(LEADING_ARTICLE, ''));
    const match = this.matchAt(tokens, 0, date);
    return match && match.end === tokens.length ? match.candidates : [];
  }

  /** Country codes a country name, demonym or capital stands for: ["KOR"], or two for "Korea". */
  countryCodes(name: string): string[] {
    const places = new Set(['country', 'demonym', 'capital']);
    const codes = this.lookup(name)
      .filter((c) => places.has(c.kind))
      .map((c) => c.actor.code ?? '');
    return [...new Set(codes)].filter(Boolean).sort();
  }

  /** Whether some multi-word person's name starts or ends with this word: a cheap pre-check before lookups. */
  isNameEnd(word: string): boolean {
    return this.#surnames.has(nameKey(word));
  }

  /** People whose family name (first or last word) this is, on `date`: several means ambiguous. */
  bySurname(surname: string, date?: string): Candidate[] {
    return onDate([...(this.#surnames.get(nameKey(surname)) ?? [])], date);
  }
}

/** Whether tokens `start` to `end` are all in capitals, read in place (this runs for every name found). */
function allUpper(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (!isUpper(tokens[i]?.raw ?? '')) return false;
  return true;
}

/** Candidates frozen, since one list now serves every match of a name on a date. */
function frozenOnDate(
  values: readonly TrieValue[],
  upper: boolean,
  date: string | undefined,
): readonly Candidate[] {
  const entries = values.filter((v) => !v.caseSensitive || upper).map((v) => v.entry);
  return Object.freeze(onDate(entries, date).map((c) => Object.freeze(c)));
}

/** "the Kremlin", "the United States": the article is not part of the name. */
const LEADING_ARTICLE = /^\s*the\s+/i;
