import type { Actor, Entity } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { Stage } from '../../core/stage.js';
import type { Mention } from '../entities/index.js';
import type { Sentence } from '../sentences/index.js';
import { resolveOthers } from './others.js';
import { resolvePersons } from './persons.js';
import { metonymActor, RULE_ID as METONYM } from './rules/metonym.js';

export { metonymActor } from './rules/metonym.js';
export { resolveSurname } from './rules/surname-coreference.js';
export type { PersonEntity } from './persons.js';

export interface ActorsInput {
  text: string;
  mentions: readonly Mention[];
  sentences: readonly Sentence[];
}

/** A mention that acts as an actor in its sentence, and why ("Seoul said" → KOR GOV by actors/metonym). */
export interface MentionActor extends Span {
  actor: Actor;
  ruleId: string;
}

export interface ActorsOutput {
  entities: Entity[];
  /** Actors at mention level where they differ from the entity's (capitals as subjects). */
  mentionActors: MentionActor[];
}

/** Entities with actor codes: persons (with coreference), then bodies, countries and places. */
export function resolveActors(input: ActorsInput): ActorsOutput {
  // People: one entity per person, surnames linked back to full names.
  const people = resolvePersons(input.text, input.mentions, input.sentences);
  const persons: Entity[] = people.map((p) => ({
    name: p.name,
    type: 'PERSON',
    actor: p.actor,
    role: p.actor?.role ?? null,
    mentions: p.mentions,
    ...(p.actor ? { reasons: p.reasons } : {}),
  }));
  // Everything else: grouped by name and code; capitals acting as governments are those governments.
  const others = resolveOthers(input.text, input.mentions);
  // Metonyms: capitals and seats acting as governments, mention by mention.
  const mentionActors = input.mentions.flatMap((m) => {
    const actor = metonymActor(input.text, m);
    return actor ? [{ start: m.start, end: m.end, actor, ruleId: METONYM }] : [];
  });
  const byStart = (a: Entity, b: Entity): number => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);
  return { entities: [...persons, ...others].sort(byStart), mentionActors };
}

export const actorsStage: Stage<ActorsInput, ActorsOutput> = {
  name: 'actors',
  version: 3,
  run: (input) => resolveActors(input),
};
