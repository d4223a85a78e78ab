import { fetchEvents, type EventPage, type EventSummary } from './api.js';
import { filterParams, type FilterState } from './state.js';

/** The map draws at most this many events (the newest first): 4 API pages of 500. */
export const VIEW_EVENT_LIMIT = 2000;

/** The filtered events, page by page up to `max`, and how many match in all. */
export async function loadEvents(
  state: FilterState,
  max: number,
): Promise<{ events: EventSummary[]; total: number }> {
  const pages: EventPage[] = [];
  let cursor: string | null = null;
  let read = 0;
  do {
    const params = filterParams(state);
    params.set('limit', String(Math.min(500, max - read)));
    if (cursor) params.set('cursor', cursor);
    const page: EventPage = await fetchEvents(params);
    pages.push(page);
    read += page.events.length;
    cursor = page.nextCursor;
  } while (cursor && read < max);
  return { events: pages.flatMap((p) => p.events), total: pages[0]?.total ?? 0 };
}
