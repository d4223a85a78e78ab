// Bodies, countries, peoples and places: one entity per name and code, coded from the gazetteer and,
// for bodies without a country of their own ("Foreign Ministry"), from a country modifier before them.
import type { Actor, Entity } from '../../core/document.js';
import type { Mention } from '../entities/index.js';
import { nameKey } from './gazetteer/index.js';
import { modifierCode } from './rules/country-modifier.js';

/** A place or a people has a country but no sector; a seat of government or a body keeps its sector. */
function actorOf(text: string, mentions: readonly Mention[], m: Mention): Actor | null {
  const top = m.candidates[0];
  const name = m.text.replace(/^the\s+/i, '');
  if (!top) return null;
  const placeLike = m.type === 'GPE' || m.type === 'NORP';
  const code = top.actor.code ?? modifierCode(text, mentions, m);
  return { name, code, sector: placeLike ? null : top.actor.sector, role: null };
}

export function resolveOthers(text: string, mentions: readonly Mention[]): Entity[] {
  const groups = new Map<string, Entity>();
  for (const m of mentions) {
    if (m.type === 'PERSON' || m.type === 'TITLE') continue;
    const actor = actorOf(text, mentions, m);
    const name = m.text.replace(/^the\s+/i, '');
    const key = `${m.type}|${nameKey(name)}|${actor?.code ?? ''}`;
    const group = groups.get(key);
    if (group) group.mentions.push({ start: m.start, end: m.end });
    else
      groups.set(key, { name, type: m.type, actor, role: null, mentions: [{ start: m.start, end: m.end }] });
  }
  return [...groups.values()];
}
