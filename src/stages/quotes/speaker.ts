// The actor at a stretch of text, from the Document's entities (persons with codes, bodies, countries).
import type { Actor, Entity } from '../../core/document.js';
import type { Span } from '../../core/span.js';

export interface EntityMention extends Span {
  entity: Entity;
}

/** Every entity mention, in text order. */
export function mentionsOf(entities: readonly Entity[]): EntityMention[] {
  return entities
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
    .sort((a, b) => a.start - b.start);
}

const within = (m: Span, s: Span): boolean => m.start >= s.start && m.end <= s.end;
/** A preposition (and article) right before a mention. */
const MODIFIER_BEFORE = /\b(?:in|of|at|from)\s+(?:the\s+)?$/u;
const SPEAKING_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

/**
 * The speaker named in `span` (a subject before "said", a name after it): the first person, else the last
 * body or country — the head of "South Korea's Foreign Ministry" — with the code of a country named beside
 * it when the body has none ("the Foreign Ministry in Seoul").
 */
export function speakerIn(text: string, span: Span, mentions: readonly EntityMention[]): Actor | null {
  const inside = mentions.filter(
    (m) => within(m, span) && m.entity.actor && SPEAKING_TYPES.has(m.entity.type),
  );
  const person = inside.find((m) => m.entity.type === 'PERSON');
  // "the Foreign Ministry in Seoul", "clans of the ROK": a name after a preposition is a modifier, not the head.
  const modifier = (m: EntityMention): boolean =>
    MODIFIER_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
  const heads = inside.filter((m) => m.entity.type !== 'NORP' && !modifier(m));
  const head = person ?? heads.at(-1) ?? inside.at(-1);
  const actor = head?.entity.actor;
  if (!head || !actor) return null;
  if (actor.code) return actor;
  const country = inside.find((m) => m !== head && m.entity.actor?.code);
  return { ...actor, code: country?.entity.actor?.code ?? null };
}

/** "he said", "the minister said": the last person named before `at`. */
export function lastPersonBefore(at: number, mentions: readonly EntityMention[]): Actor | null {
  const people = mentions.filter((m) => m.end <= at && m.entity.type === 'PERSON' && m.entity.actor);
  return people.at(-1)?.entity.actor ?? null;
}
