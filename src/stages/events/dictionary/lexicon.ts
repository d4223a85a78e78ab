// The verb dictionary indexed for matching: surface form → verb entries, multi-word forms by first
// word, patterns by block, and the CAMEO → PLOVER table. Loaded once per process from data/events.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../../core/paths.js';
import { ploverFor, type PloverCoding } from './cameo-plover.js';
import type { Pattern, VerbDictionary, VerbEntry } from './parse-verbs.js';
import { lemmaCandidates } from './verb-forms.js';
import { BoundedMemo } from '../../../core/bounded-memo.js';

export interface VerbLookup {
  entries: VerbEntry[];
  /** Tokens the form spans (2 for "asked for"). */
  length: number;
  /** The surface is the bare root ("attack"), which is as often a noun as a verb. */
  bare: boolean;
}

/** "blockchain-related", "Syrian-backed", "state-run": a hyphenated adjective, not a verb. */
const ADJECTIVAL_HEAD =
  /^(?:related|based|backed|led|owned|sponsored|funded|linked|controlled|held|run|made|oriented|affiliated|armed|born|style)$/u;

/** A word's multi-word forms (those it starts) and its one-word reading. */
interface WordReading {
  multi: readonly MultiWordForm[] | undefined;
  single: VerbLookup | null;
}

interface MultiWordForm {
  words: string[];
  entry: VerbEntry;
}

const NO_PATTERNS: readonly Pattern[] = [];

/** Distinct words whose reading is remembered (a long-running ingest sees many). */
const SINGLE_CACHE_LIMIT = 200_000;

export class VerbLexicon {
  readonly #single = new Map<string, VerbEntry[]>();
  readonly #multi = new Map<string, MultiWordForm[]>();
  readonly #roots = new Set<string>();
  /** Synonym set → its phrases by first word, so a pattern element is one map lookup per word. */
  readonly #synsets = new Map<string, Map<string, string[]>>();
  readonly #patterns: Readonly<Record<string, Pattern[]>>;
  readonly #plover: Readonly<Record<string, PloverCoding>>;
  readonly #readings = new BoundedMemo<string, WordReading>(SINGLE_CACHE_LIMIT);

  constructor(dict: VerbDictionary, plover: Readonly<Record<string, PloverCoding>>) {
    for (const entry of dict.verbs) {
      const root = entry.forms[0];
      if (root !== undefined && !root.includes(' ')) this.#roots.add(root);
      for (const form of entry.forms) this.#index(form, entry);
    }
    for (const [name, phrases] of Object.entries(dict.synsets)) {
      const byFirst = new Map<string, string[]>();
      for (const phrase of phrases) {
        const first = phrase.split(' ')[0] ?? '';
        byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
      }
      this.#synsets.set(name, byFirst);
    }
    this.#patterns = dict.patterns;
    this.#plover = plover;
  }

  #index(form: string, entry: VerbEntry): void {
    const words = form.split(' ');
    const first = words[0] ?? '';
    if (words.length === 1) {
      this.#single.set(first, [...(this.#single.get(first) ?? []), entry]);
      return;
    }
    this.#multi.set(first, [...(this.#multi.get(first) ?? []), { words, entry }]);
  }

  /** The longest verb form starting at `words[i]` (lowercase), through the lemmatizer if unlisted. */
  lookup(words: readonly string[], i: number): VerbLookup | null {
    const word = words[i] ?? '';
    const { multi: candidates, single } = this.#readingOf(word);
    if (candidates) {
      const multi = candidates
        .filter((m) => m.words.every((w, k) => words[i + k] === w))
        .sort((a, b) => b.words.length - a.words.length);
      const best = multi[0];
      if (best) {
        const same = multi.filter((m) => m.words.length === best.words.length).map((m) => m.entry);
        return { entries: same, length: best.words.length, bare: false };
      }
    }
    return single;
  }

  /**
   * What the dictionary holds for one word, which depends on the word alone: remembered, since most
   * words are no verb and the lemmatizer would be asked about each of them again in every sentence;
   * one map lookup per word of a sentence then answers both the multi-word and the one-word question.
   */
  #readingOf(word: string): WordReading {
    return (
      this.#readings.get(word) ??
      this.#readings.add(word, { multi: this.#multi.get(word), single: this.#lookupSingle(word) })
    );
  }

  #lookupSingle(word: string): VerbLookup | null {
    const listed = this.#single.get(word);
    if (listed) return { entries: listed, length: 1, bare: this.#roots.has(word) };
    // "shelled", "stopped": regular forms the dictionary did not spell out.
    for (const root of lemmaCandidates(word)) {
      const entries = this.#roots.has(root) ? this.#single.get(root) : undefined;
      if (entries) return { entries, length: 1, bare: false };
    }
    // "test-fired", "re-opened": the verb is the last part of a hyphenated word.
    const head = word.slice(word.lastIndexOf('-') + 1);
    if (head !== word && head.length > 2 && !ADJECTIVAL_HEAD.test(head)) {
      const found = this.#lookupSingle(head);
      if (found && !found.bare) return { ...found, length: 1 };
    }
    return null;
  }

  /** Phrases of synonym set `name` ("&WEAPON") that start with `word`. */
  synsetPhrases(name: string, word: string): readonly string[] {
    return this.#synsets.get(name)?.get(word) ?? [];
  }

  /** The first words of synonym set `name`'s phrases: a word must be one of them to start a phrase. */
  synsetFirstWords(name: string): Iterable<string> {
    return this.#synsets.get(name)?.keys() ?? [];
  }

  /** The block's patterns: the same array on every call, so the coder can remember what it derives from it. */
  patterns(block: string): readonly Pattern[] {
    return this.#patterns[block] ?? NO_PATTERNS;
  }

  plover(code: string): PloverCoding | null {
    return ploverFor(this.#plover, code);
  }
}

let shared: VerbLexicon | undefined;

/** The CAMEO lexicon shipped in data/events/verbs.json (built by `npm run data`). */
export function loadVerbLexicon(): VerbLexicon {
  if (shared) return shared;
  const raw = JSON.parse(readFileSync(join(dataDir(), 'events', 'verbs.json'), 'utf8')) as VerbDictionary & {
    plover: Record<string, PloverCoding>;
  };
  shared = new VerbLexicon(raw, raw.plover);
  return shared;
}
