// One verb's code: our domain rules first, then the CAMEO dictionary's patterns and verb codes, then
// the rules marked as fallbacks.
import type { VerbLexicon } from '../dictionary/lexicon.js';
import type { DomainCoding, DomainRule } from '../rules/index.js';
import type { VerbHit } from './clauses.js';
import { chooseCode } from './patterns.js';

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
  // A multi-word dictionary form ("met in") still has our rule's verb as its first word.
  const fires = (rule: DomainRule): boolean =>
    (rule.verb.test(surface) || rule.verb.test(first)) && rule.object.test(objectText);
  const ruled = (rule: DomainRule): Coding => ({
    ...rule.coding,
    cameo: null,
    ruleId: rule.id,
    lastMatched: hit.index + hit.length,
  });
  for (const rule of rules) if (!rule.fallback && fires(rule)) return ruled(rule);
  const window = {
    words,
    beforeStart: clause.clauseStart,
    verbStart: hit.index,
    verbEnd: hit.index + hit.length,
    afterEnd: clause.clauseEnd,
  };
  const choices = hit.entries.map((entry) => ({ ...chooseCode(lexicon, entry, window), entry }));
  const choice = choices.find((c) => c.pattern && c.code) ?? choices.find((c) => c.code);
  const plover = choice?.code ? lexicon.plover(choice.code) : null;
  if (!choice?.code || !plover) {
    const fallback = rules.find((rule) => rule.fallback === true && fires(rule));
    return fallback ? ruled(fallback) : null;
  }
  const ruleId = choice.pattern
    ? 'events/cameo-pattern'
    : choice.entry.inherited
      ? 'events/cameo-block'
      : 'events/cameo-verb';
  return { ...plover, subMode: null, cameo: choice.code, ruleId, lastMatched: choice.lastMatched };
}

const ruleVerbCaches = new WeakMap<readonly DomainRule[], Map<string, boolean>>();

export /** Whether some rule's verb is this word, remembered per rule list (every word of every sentence asks). */
function ruleVerbTest(rules: readonly DomainRule[]): (w: string) => boolean {
  let cache = ruleVerbCaches.get(rules);
  if (!cache) ruleVerbCaches.set(rules, (cache = new Map()));
  const known = cache;
  return (w) => {
    let yes = known.get(w);
    if (yes === undefined) {
      yes = rules.some((r) => r.verb.test(w));
      if (known.size < 100_000) known.set(w, yes);
    }
    return yes;
  };
}
