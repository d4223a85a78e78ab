// People: one entity per real person, named by the fullest form, coded from the officials table (or
// another dictionary) on the article's date, else from an adjacent title; bare surnames are linked to
// the full name they refer back to (rules/surname-coreference.ts).
import type { Actor } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { Sentence } from '../sentences/index.js';
import type { Mention } from '../entities/index.js';
import { nameKey } from './gazetteer/index.js';
import { titleOf } from './rules/person-title.js';
import { resolveSurname } from './rules/surname-coreference.js';

export interface PersonEntity {
  name: string;
  actor: Actor | null;
  /** Why the actor is what it is: the dictionary entry or the rule. */
  reason: string | null;
  mentions: Span[];
}

function actorOf(
  text: string,
  mentions: readonly Mention[],
  mention: Mention,
): [Actor | null, string | null] {
  const top = mention.candidates[0];
  const title = titleOf(text, mentions, mention);
  if (top) {
    const actor = { ...top.actor, name: mention.text, role: top.actor.role ?? title?.role ?? null };
    return [actor, `${top.id}${top.from ? ` ${top.from}..${top.to ?? ''}` : ''}`];
  }
  if (!title) return [null, null];
  return [
    { name: mention.text, code: title.code, sector: title.sector, role: title.role },
    'actors/person-title',
  ];
}

/** Groups the full-name mentions: same dictionary identity, or the same folded name. */
function fullNames(text: string, mentions: readonly Mention[]): PersonEntity[] {
  const groups = new Map<string, PersonEntity>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || (!m.text.includes(' ') && m.candidates.length === 0)) continue;
    const key = m.candidates[0]?.id ?? nameKey(m.text);
    const group = groups.get(key);
    if (group) {
      group.mentions.push({ start: m.start, end: m.end });
      if (m.text.length > group.name.length) group.name = m.text;
      if (!group.actor) [group.actor, group.reason] = actorOf(text, mentions, m);
      continue;
    }
    const [actor, reason] = actorOf(text, mentions, m);
    groups.set(key, { name: m.text, actor, reason, mentions: [{ start: m.start, end: m.end }] });
  }
  for (const g of groups.values()) if (g.actor) g.actor = { ...g.actor, name: g.name };
  return [...groups.values()];
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end);
}

/** Every person in the text: full names first, then each bare surname linked back or kept on its own. */
export function resolvePersons(
  text: string,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
): PersonEntity[] {
  const people = fullNames(text, mentions);
  const bare = mentions.filter(
    (m) => m.type === 'PERSON' && !m.text.includes(' ') && m.candidates.length === 0,
  );
  const alone = new Map<string, PersonEntity>();
  for (const m of bare) {
    const sentence = sentenceAt(sentences, m.start) ?? { start: m.start, end: m.end, tokens: [] };
    const partners = bare
      .filter((o) => o !== m && o.start >= sentence.start && o.end <= sentence.end)
      .map((o) => o.text);
    const ctx = {
      sentence: { ...sentence, text: text.slice(sentence.start, sentence.end) },
      partners,
      sentences,
    };
    const target = resolveSurname(m.text, m.start, people, ctx);
    if (target) {
      target.mentions.push({ start: m.start, end: m.end });
      continue;
    }
    // No antecedent: the surname stays a person of its own, unresolved ("a bare Kim stays unresolved").
    const key = nameKey(m.text);
    const own = alone.get(key) ?? { name: m.text, actor: null, reason: null, mentions: [] };
    own.mentions.push({ start: m.start, end: m.end });
    alone.set(key, own);
  }
  const all = [...people, ...alone.values()];
  for (const p of all) p.mentions.sort((a, b) => a.start - b.start);
  return all;
}
