import type { Actor, Event, Place } from '../../core/document.js';

/** What event-level dedup compares: the merge key of one report or of one canonical event. */
export interface EventKey {
  type: string;
  /** Country/body codes of the acting side and of the recipient side (nulls dropped). */
  actorCodes: string[];
  recipientCodes: string[];
  /** ISO dates (YYYY-MM-DD); null when the report gives no resolvable date. */
  start: string | null;
  end: string | null;
  place: Pick<Place, 'name' | 'code' | 'geonameid'> | null;
}

/**
 * Days by which two date intervals may miss each other and still be one event. One day, because a
 * launch on the evening of 14 January in Washington is the morning of 15 January in Seoul, and wire
 * copies date it either way; the differing dates are then flagged as a contradiction, not merged away.
 */
export const DATE_TOLERANCE_DAYS = 1;

const DAY_MS = 86_400_000;

function codes(actors: readonly Actor[]): string[] {
  return [...new Set(actors.map((a) => a.code).filter((c): c is string => !!c))].sort();
}

/** The merge key of one extracted event. */
export function eventKey(event: Pick<Event, 'type' | 'actor' | 'recipient' | 'date' | 'place'>): EventKey {
  return {
    type: event.type,
    actorCodes: codes(event.actor),
    recipientCodes: codes(event.recipient),
    start: event.date?.start ?? null,
    end: event.date?.end ?? event.date?.start ?? null,
    place: event.place
      ? { name: event.place.name, code: event.place.code, geonameid: event.place.geonameid }
      : null,
  };
}

/** Shift an ISO date by whole days (UTC arithmetic, so no daylight-saving drift). */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Intervals overlap, allowing `tolerance` days between them. An undated report never matches: "Kim
 * visited Russia" without a date could be any of his visits, so it stays its own event.
 */
export function datesOverlap(a: EventKey, b: EventKey, tolerance: number = DATE_TOLERANCE_DAYS): boolean {
  if (!a.start || !b.start) return false;
  const aEnd = a.end ?? a.start;
  const bEnd = b.end ?? b.start;
  return a.start <= addDays(bEnd, tolerance) && b.start <= addDays(aEnd, tolerance);
}

function intersects(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

/**
 * The sides agree: they share an acting code; or neither names an actor and they share a recipient.
 * When both name recipients, those must share a code too: "USA CONSULT KOR" and "USA CONSULT JPN" on
 * one day are two meetings.
 */
export function actorsOverlap(a: EventKey, b: EventKey): boolean {
  const acting =
    a.actorCodes.length === 0 && b.actorCodes.length === 0
      ? intersects(a.recipientCodes, b.recipientCodes)
      : intersects(a.actorCodes, b.actorCodes);
  if (!acting) return false;
  if (a.recipientCodes.length === 0 || b.recipientCodes.length === 0) return true;
  return intersects(a.recipientCodes, b.recipientCodes);
}

/**
 * Places could be the same site: either is unknown, or they are in the same country (a launch "from
 * Pyongyang" and "from the Sunan area" is one launch; the names are then flagged), or, without
 * country codes, they have the same name.
 */
export function placesCompatible(a: EventKey['place'], b: EventKey['place']): boolean {
  if (!a || !b) return true;
  if (a.geonameid !== null && a.geonameid === b.geonameid) return true;
  if (a.code && b.code) return a.code === b.code;
  return a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}

/** Two reports describe one real-world event: same type, actors, overlapping dates, compatible place. */
export function isSameEvent(a: EventKey, b: EventKey, tolerance: number = DATE_TOLERANCE_DAYS): boolean {
  return (
    a.type === b.type &&
    datesOverlap(a, b, tolerance) &&
    actorsOverlap(a, b) &&
    placesCompatible(a.place, b.place)
  );
}
