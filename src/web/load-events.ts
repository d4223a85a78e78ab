import { fetchEvents, type EventSummary } from './api.js';
import { filterParams, type FilterState } from './state.js';

/** The map draws at most this many events (the newest first): 4 API pages of 500. */
export const VIEW_EVENT_LIMIT = 2000;

/** The filtered events, page by page up to `max`. */
export async function loadEvents(state: FilterState, max: number): Promise<EventSummary[]> {
  const events: EventSummary[] = [];
  let cursor: string | null = null;
  do {
    const params = filterParams(state);
    params.set('limit', String(Math.min(500, max - events.length)));
    if (cursor) params.set('cursor', cursor);
    const page = await fetchEvents(params);
    events.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor && events.length < max);
  return events;
}
