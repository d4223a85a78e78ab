import { fetchEvents, type EventSummary } from '../api.js';
import { h, replace } from '../dom.js';
import { filterParams, readFilters, type FilterState } from '../state.js';
import { VIEWS } from '../views/index.js';
import { errorBox, loading } from './common.js';
import { saveQueryControl } from './saved.js';
import { searchForm } from './search-form.js';

/** Views get at most this many events (the newest first): 4 API pages of 500. */
export const VIEW_EVENT_LIMIT = 2000;

/** `/timeline`, `/map`, `/network`: the filters, then the view module drawing the filtered events. */
export async function renderView(main: HTMLElement, match: RegExpExecArray, url: URL): Promise<void> {
  const name = match.groups?.['view'] ?? '';
  const entry = VIEWS[name];
  if (!entry) return replace(main, h('p', {}, 'No such view.'));
  const state = readFilters(url.search);
  const container = h('div', { class: `view view-${name}`, id: `view-${name}` }, loading());
  replace(
    main,
    h('h1', {}, entry.title),
    searchForm(state, `/${name}`),
    saveQueryControl(url),
    h('section', { 'aria-label': `${entry.title} of the filtered events` }, container),
  );
  performance.mark(`sitroom:${name}:start`);
  try {
    const events = await loadEvents(state, VIEW_EVENT_LIMIT);
    container.replaceChildren();
    await entry.view.render(container, events, state);
  } catch (error) {
    replace(container, errorBox(error));
  }
  performance.mark(`sitroom:${name}:rendered`);
}

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
