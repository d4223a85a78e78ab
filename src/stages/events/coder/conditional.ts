// The target of a conditional threat: "Russia has threatened to stop negotiations … if the United
// States goes ahead with the deployment", "Israel threatened to ban voting … if Hamas ran in the
// election". The party whose act would trigger the threat is the one threatened.
import type { Actor } from '../../../core/document.js';
import { groupMentions, uniqueActors, type ActorMention } from './actors.js';

const CONDITION = /\b(?:if|unless)\s+$/iu;

/** The first party named right after "if"/"unless" past `from` (a character offset), else []. */
export function conditionParty(text: string, mentions: readonly ActorMention[], from: number): Actor[] {
  const groups = groupMentions(text, mentions).filter((g) => (g[0]?.start ?? 0) >= from);
  for (const g of groups) {
    const start = g[0]?.start ?? 0;
    if (CONDITION.test(text.slice(Math.max(from, start - 12), start).replace(/\bthe\s+$/iu, '')))
      return uniqueActors(g);
  }
  return [];
}
