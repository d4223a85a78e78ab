// Bodies, countries, peoples and places: one entity per name and code, coded from the gazetteer and,
// for bodies without a country of their own ("Foreign Ministry"), from a country modifier before them
// or a country they are "of". A capital or seat acting as its government ("Seoul said") makes the
// entity that government (rules/metonym.ts); its place mentions ("in Seoul") stay in the same entity.
import type { Actor, ActorReason, Entity } from '../../core/document.js';
import type { Mention } from '../entities/index.js';
import { type Candidate, nameKey } from './gazetteer/index.js';
import { dictionaryReason, reason } from './reasons.js';
import { type ModifierFound, modifierOf } from './rules/country-modifier.js';
import { metonymActor, RULE_ID as METONYM } from './rules/metonym.js';

/** A mention's actor, with what its reasons are built from when it opens an entity. */
interface Coded {
  actor: Actor | null;
  top: Candidate | undefined;
  modifier: ModifierFound | null;
}

/** A place or a people has a country but no sector; a seat of government or a body keeps its sector. */
function actorOf(text: string, mentions: readonly Mention[], m: Mention, name: string): Coded {
  const top = m.candidates[0];
  if (!top) return { actor: null, top, modifier: null };
  const placeLike = m.type === 'GPE' || m.type === 'NORP';
  // A body the dictionary gives a country is still the one the text says it is: the US-centred
  // dictionaries code "National Security Council" USA, "Seoul's National Security Council" is KOR's.
  const modifier = top.actor.code && m.type !== 'ORG' ? null : modifierOf(text, mentions, m);
  const code = modifier?.code ?? top.actor.code ?? null;
  return { actor: { name, code, sector: placeLike ? null : top.actor.sector, role: null }, top, modifier };
}

/**
 * The reasons of the mention that opens an entity: later mentions of the same name and code add none,
 * so they are built only then (an article repeats "the DPRK" dozens of times).
 */
function reasonsOf(text: string, m: Mention, { top, modifier }: Coded): ActorReason[] {
  if (!top) return [];
  const reasons = [dictionaryReason(text, m, top)];
  if (modifier) reasons.push(reason(text, modifier.ruleId, modifier.mention));
  return reasons;
}

export function resolveOthers(text: string, mentions: readonly Mention[]): Entity[] {
  const groups = new Map<string, Entity>();
  /** nameKey per name written, asked once per article rather than once per mention. */
  const keys = new Map<string, string>();
  for (const m of mentions) {
    if (m.type === 'PERSON' || m.type === 'TITLE') continue;
    const name = m.text.replace(/^the\s+/i, '');
    const coded = actorOf(text, mentions, m, name);
    const { actor } = coded;
    let folded = keys.get(name);
    if (folded === undefined) keys.set(name, (folded = nameKey(name)));
    const key = `${m.type}|${folded}|${actor?.code ?? ''}`;
    const span = { start: m.start, end: m.end };
    let group = groups.get(key);
    if (!group) {
      group = { name, type: m.type, actor, role: null, mentions: [], reasons: reasonsOf(text, m, coded) };
      groups.set(key, group);
    }
    group.mentions.push(span);
    // The government a capital stands for when it acts: the entity's actor, with the mention as reason.
    const government = metonymActor(text, m);
    if (!government) continue;
    if (group.actor?.sector !== government.sector) group.actor = { ...government, name: group.name };
    group.reasons?.push(reason(text, METONYM, span));
  }
  return [...groups.values()].map(({ reasons, ...e }) => (e.actor && reasons ? { ...e, reasons } : e));
}
