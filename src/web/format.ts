import type { EventSummary } from './api.js';

/** "2022-03-24" or "2022-03-24 – 2022-03-26 (week)": the interval and how precise the source was. */
export function formatDate(date: EventSummary['date']): string {
  if (!date) return 'undated';
  const span = date.start === date.end ? date.start : `${date.start} – ${date.end}`;
  return date.precision && date.precision !== 'day' ? `${span} (${date.precision})` : span;
}

/** "PRK (GOV)": a code with its sector when known. */
export function formatActor(actor: { code: string | null; sector: string | null }): string {
  const code = actor.code ?? '—';
  return actor.sector ? `${code} (${actor.sector})` : code;
}

/**
 * One side of an event: each code once with its sectors. The store keeps a row per (code, sector), so
 * "USA" and "USA (GOV)" arrive separately when one report named the country and another its government.
 */
export function sideOf(event: EventSummary, role: 'actor' | 'recipient'): string {
  const sectors = new Map<string, Set<string>>();
  for (const a of event.actors.filter((x) => x.role === role)) {
    const set = sectors.get(a.code) ?? new Set<string>();
    if (a.sector) set.add(a.sector);
    sectors.set(a.code, set);
  }
  const parts = [...sectors].map(([code, set]) => (set.size ? `${code} (${[...set].join(', ')})` : code));
  return parts.length ? parts.join(', ') : '—';
}

export const formatPlace = (place: EventSummary['place']) =>
  place ? (place.code ? `${place.name} (${place.code})` : place.name) : '—';
