// One verb's code: our domain rules first, then the CAMEO dictionary's patterns and verb codes, then
// the rules marked as fallbacks.
import type { VerbLexicon } from '../dictionary/lexicon.js';
import type { DomainCoding, DomainRule } from '../rules/index.js';
import type { VerbHit } from './clauses.js';
import type { VerbEntry } from '../dictionary/parse-verbs.js';
import { chooseCode, type CodeChoice, type Window } from './patterns.js';
import { BoundedMemo } from '../../../core/bounded-memo.js';

export interface Coding extends DomainCoding {
  cameo: string | null;
  ruleId: string;
  lastMatched: number;
}

/** Codes one verb found in a clause; null when neither a rule nor the dictionary codes it. */
export function codeVerb(
  rules: readonly DomainRule[],
  lexicon: VerbLexicon,
  words: readonly string[],
  hit: VerbHit,
  clause: { clauseStart: number; clauseEnd: number },
  objectText: string,
): Coding | null {
  const surface = words.slice(hit.index, hit.index + hit.length).join(' ');
  const first = words[hit.index] ?? '';
  // A multi-word dictionary form ("met in") still has our rule's verb as its first word; of the rules
  // of this verb, one fires when its object is in the clause.
  const verbRules = verbRulesOf(rules).ofVerb(surface, first);
  const fires = (rule: DomainRule): boolean => rule.object.test(objectText);
  const ruled = (rule: DomainRule): Coding => ({
    ...rule.coding,
    cameo: null,
    ruleId: rule.id,
    lastMatched: hit.index + hit.length,
  });
  for (const rule of verbRules) if (!rule.fallback && fires(rule)) return ruled(rule);
  const window: Window = {
    words,
    beforeStart: clause.clauseStart,
    verbStart: hit.index,
    verbEnd: hit.index + hit.length,
    afterEnd: clause.clauseEnd,
  };
  const chosen = chooseAmongEntries(lexicon, hit.entries, window);
  const code = chosen?.choice.code ?? null;
  const plover = code ? lexicon.plover(code) : null;
  if (!chosen || !code || !plover) {
    const fallback = verbRules.find((rule) => rule.fallback === true && fires(rule));
    return fallback ? ruled(fallback) : null;
  }
  const { choice, entry } = chosen;
  const ruleId = choice.pattern
    ? 'events/cameo-pattern'
    : entry.inherited
      ? 'events/cameo-block'
      : 'events/cameo-verb';
  // Spelled out rather than spread from `plover`: this runs for every verb coded.
  return {
    type: plover.type,
    mode: plover.mode,
    context: plover.context,
    subMode: null,
    cameo: code,
    ruleId,
    lastMatched: choice.lastMatched,
  };
}

/**
 * The first entry (in dictionary order) coded by one of its block's patterns, else the first coded at
 * all; null when none has a code. Entries are tried in turn, since a pattern's code ends the search.
 */
export function chooseAmongEntries(
  lexicon: VerbLexicon,
  entries: readonly VerbEntry[],
  window: Window,
): { choice: CodeChoice; entry: VerbEntry } | null {
  let coded: { choice: CodeChoice; entry: VerbEntry } | null = null;
  for (const entry of entries) {
    const choice = chooseCode(lexicon, entry, window);
    if (choice.pattern && choice.code) return { choice, entry };
    coded ??= choice.code ? { choice, entry } : null;
  }
  return coded;
}

/** Distinct words remembered per rule list (a long-running ingest sees many). */
const VERB_RULE_CACHE_LIMIT = 100_000;

/**
 * Which rules' verb a word is, remembered per word: every word of every sentence asks whether it is
 * a rule's verb, and every verb found which rules may fire, so each rule's regex runs once per word.
 */
class VerbRules {
  readonly #rules: readonly DomainRule[];
  readonly #byWord = new BoundedMemo<string, readonly DomainRule[]>(VERB_RULE_CACHE_LIMIT);

  constructor(rules: readonly DomainRule[]) {
    this.#rules = rules;
  }

  /** The rules whose verb this word is, in rule order. */
  of(word: string): readonly DomainRule[] {
    return (
      this.#byWord.get(word) ??
      this.#byWord.add(
        word,
        this.#rules.filter((r) => r.verb.test(word)),
      )
    );
  }

  /** The rules whose verb is a verb form's surface ("carried out") or its first word, in rule order. */
  ofVerb(surface: string, first: string): readonly DomainRule[] {
    const ofSurface = this.of(surface);
    if (surface === first) return ofSurface;
    const ofFirst = this.of(first);
    return this.#rules.filter((r) => ofSurface.includes(r) || ofFirst.includes(r));
  }
}

const verbRules = new WeakMap<readonly DomainRule[], VerbRules>();

function verbRulesOf(rules: readonly DomainRule[]): VerbRules {
  let known = verbRules.get(rules);
  if (!known) verbRules.set(rules, (known = new VerbRules(rules)));
  return known;
}

/** Whether some rule's verb is this word. */
export function ruleVerbTest(rules: readonly DomainRule[]): (w: string) => boolean {
  const known = verbRulesOf(rules);
  return (w) => known.of(w).length > 0;
}
