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

export function sideOf(event: EventSummary, role: 'actor' | 'recipient'): string {
  const codes = event.actors.filter((a) => a.role === role).map(formatActor);
  return codes.length ? codes.join(', ') : '—';
}

export const formatPlace = (place: EventSummary['place']) =>
  place ? (place.code ? `${place.name} (${place.code})` : place.name) : '—';
