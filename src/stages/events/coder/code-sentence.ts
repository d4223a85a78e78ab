// Sentence-level PLOVER coding: find the verbs, code each through our domain rules or the CAMEO
// patterns, keep the governing verb of "agreed to cooperate", read status and participants.
import type { Sentence } from '../../sentences/index.js';
import { DOMAIN_RULES } from '../rules/index.js';
import { attributionStart, findVerbs, relativeThats } from './clauses.js';
import { codeHit } from './code-hit.js';
import type { CodedEvent, CoderOptions, Found, HitContext } from './coded-event.js';
import { ruleVerbTest } from './code-verb.js';
import { dedupe, dropReadiness, mainEvents } from './main-events.js';

export type { CodedEvent, CoderOptions } from './coded-event.js';

/** Codes a sentence's PLOVER events: each verb in turn, then the main event and those coordinated with it. */
export function codeSentence(text: string, sentence: Sentence, options: CoderOptions): CodedEvent[] {
  const mentions = options.actors(sentence);
  // No coded actor in the sentence: no event can have an actor, so skip the pattern matching.
  if (mentions.length === 0) return [];
  const words = sentence.tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
  const ctx: HitContext = {
    lexicon: options.lexicon,
    rules: options.rules ?? DOMAIN_RULES,
    mentions,
    groups: null,
    // A trailing attribution (", officials said.") names the speaker, not a party.
    limit: attributionStart(words),
    governor: null,
    lastGoverned: null,
    relatives: relativeThats(words, (i) => /^\p{Lu}/u.test(text[sentence.tokens[i]?.start ?? 0] ?? '')),
  };
  const found: Found[] = [];
  let actorless = false;
  const isRuleVerb = ruleVerbTest(ctx.rules);
  for (const hit of findVerbs(options.lexicon, words, isRuleVerb)) {
    if (hit.index >= ctx.limit) break;
    const one = codeHit(text, sentence, words, hit, ctx);
    if (one?.actorless) actorless = true;
    else if (one) found.push(one);
  }
  return dedupe(mainEvents(dropReadiness(found), options.events ?? 'main', actorless).map((f) => f.coded));
}
