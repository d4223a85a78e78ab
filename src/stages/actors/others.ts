// Bodies, countries, peoples and places: one entity per name and code, coded from the gazetteer and,
// for bodies without a country of their own ("Foreign Ministry"), from a country modifier before them
// or a country they are "of". A capital or seat acting as its government ("Seoul said") makes the
// entity that government (rules/metonym.ts); its place mentions ("in Seoul") stay in the same entity.
import type { Actor, ActorReason, Entity } from '../../core/document.js';
import type { Mention } from '../entities/index.js';
import { nameKey } from './gazetteer/index.js';
import { dictionaryReason, reason } from './reasons.js';
import { modifierOf } from './rules/country-modifier.js';
import { metonymActor, RULE_ID as METONYM } from './rules/metonym.js';

type Coded = [Actor | null, ActorReason[]];

/** A place or a people has a country but no sector; a seat of government or a body keeps its sector. */
function actorOf(text: string, mentions: readonly Mention[], m: Mention): Coded {
  const top = m.candidates[0];
  const name = m.text.replace(/^the\s+/i, '');
  if (!top) return [null, []];
  const reasons = [dictionaryReason(text, m, top)];
  const placeLike = m.type === 'GPE' || m.type === 'NORP';
  const modifier = top.actor.code ? null : modifierOf(text, mentions, m);
  if (modifier) reasons.push(reason(text, modifier.ruleId, modifier.mention));
  const code = top.actor.code ?? modifier?.code ?? null;
  return [{ name, code, sector: placeLike ? null : top.actor.sector, role: null }, reasons];
}

export function resolveOthers(text: string, mentions: readonly Mention[]): Entity[] {
  const groups = new Map<string, Entity>();
  for (const m of mentions) {
    if (m.type === 'PERSON' || m.type === 'TITLE') continue;
    const [actor, reasons] = actorOf(text, mentions, m);
    const name = m.text.replace(/^the\s+/i, '');
    const key = `${m.type}|${nameKey(name)}|${actor?.code ?? ''}`;
    const span = { start: m.start, end: m.end };
    const group = groups.get(key) ?? { name, type: m.type, actor, role: null, mentions: [], reasons };
    group.mentions.push(span);
    groups.set(key, group);
    // The government a capital stands for when it acts: the entity's actor, with the mention as reason.
    const government = metonymActor(text, m);
    if (!government) continue;
    if (group.actor?.sector !== government.sector) group.actor = { ...government, name: group.name };
    group.reasons?.push(reason(text, METONYM, span));
  }
  return [...groups.values()].map(({ reasons, ...e }) => (e.actor && reasons ? { ...e, reasons } : e));
}
