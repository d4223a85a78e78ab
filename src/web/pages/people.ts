import type { EventView } from '../api.js';
import { h } from '../dom.js';

type Actor = EventView['reports'][number]['event']['actor'][number];

/**
 * The people its reports name on each side of an event, once each: an actor with a title or the elite
 * sector (ELI), the same rule by which GET /network makes people into nodes (src/store/event-network.ts).
 */
export function peopleOf(event: EventView, side: 'actor' | 'recipient'): Actor[] {
  const seen = new Map<string, Actor>();
  for (const report of event.reports) {
    for (const actor of report.event[side]) {
      if (!actor.name || (actor.role === null && actor.sector !== 'ELI')) continue;
      const id = personNodeId(actor);
      if (!seen.has(id) || (seen.get(id)?.role === null && actor.role !== null)) seen.set(id, actor);
    }
  }
  return [...seen.values()];
}

/** The network's node id of a person: `PRK/Kim Jong-un`. */
export const personNodeId = (actor: Actor): string => `${actor.code ?? ''}/${actor.name}`;

/** "Kim Jong-un (PRK GOV, Supreme Leader)", a link to the person's events in the network view. */
export function personLinks(people: Actor[]): Array<HTMLElement | string> {
  return people.flatMap((person, i) => {
    const details = [[person.code, person.sector].filter(Boolean).join(' '), person.role].filter(Boolean);
    const link = h(
      'a',
      { href: `/network?${new URLSearchParams({ node: personNodeId(person) })}` },
      details.length ? `${person.name} (${details.join(', ')})` : person.name,
    );
    return i === 0 ? [link] : ['; ', link];
  });
}
