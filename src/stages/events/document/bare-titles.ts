// Rule events/bare-title: a title standing alone refers back to the people named with it. State
// Department releases name "Secretary of State Antony J. Blinken" once and then write "The Secretary
// reiterated …", "The Secretary and Foreign Ministers condemned …": "the Secretary" is the nearest
// person before it whose role begins with that title, a plural title ("Foreign Ministers") every
// person named before with that role. A title directly before a name belongs to that name.
import type { Actor, Entity } from '../../../core/document.js';
import type { ActorMention } from '../coder/actors.js';
import { overlapTest, type Span } from '../../../core/span.js';

export const RULE_ID = 'events/bare-title';

interface Holder {
  at: number;
  actor: Actor;
}

/** "Secretary of State" is also "the Secretary"; a one-word or two-word role is itself. */
function titleForms(role: string): string[] {
  const head = role.split(/\s+of\s+/u)[0] ?? role;
  return [...new Set([role, head])].filter((t) => /^\p{Lu}/u.test(t) && t.split(/\s+/u).length <= 3);
}

/** Title → the people named with it, by first mention. */
function holdersByTitle(entities: readonly Entity[]): Map<string, Holder[]> {
  const byTitle = new Map<string, Holder[]>();
  for (const e of entities) {
    const role = e.actor?.role;
    const first = e.mentions[0];
    if (e.type !== 'PERSON' || !e.actor?.code || !role || !first) continue;
    for (const title of titleForms(role))
      byTitle.set(title, [...(byTitle.get(title) ?? []), { at: first.start, actor: e.actor }]);
  }
  return byTitle;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Bare titles outside `covered`, each with the people it refers back to. */
export function bareTitles(
  text: string,
  entities: readonly Entity[],
  covered: readonly Span[],
): ActorMention[] {
  const isCovered = overlapTest(covered);
  const out: ActorMention[] = [];
  for (const [title, holders] of holdersByTitle(entities)) {
    // Not before a name ("Foreign Minister Park"), not inside a longer title ("Vice Foreign Minister").
    const pattern = new RegExp(
      `(?<!(?!The\\s)\\p{Lu}\\p{Ll}*\\s)\\b${escape(title)}(?<plural>s)?\\b(?!\\s+\\p{Lu})`,
      'gu',
    );
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isCovered({ start, end })) continue;
      const before = holders.filter((h) => h.at < start).sort((a, b) => b.at - a.at);
      const referents = m.groups?.['plural'] ? before : before.slice(0, 1);
      for (const h of referents) out.push({ start, end, actor: h.actor });
    }
  }
  return out;
}
