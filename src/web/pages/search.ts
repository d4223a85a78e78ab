import { fetchArticles, fetchEvents, type ArticlePage, type EventPage } from '../api.js';
import { h, replace } from '../dom.js';
import { formatDate, formatPlace, sideOf } from '../format.js';
import { filterParams, readFilters, withFilters, type FilterState } from '../state.js';
import { errorBox, loading } from './common.js';
import { saveQueryControl } from './saved.js';
import { searchForm } from './search-form.js';

const PAGE_SIZE = '50';

/** `/`: the filters, the matching events (a page at a time) and the articles that match the text. */
export async function renderSearch(main: HTMLElement, _match: RegExpExecArray, url: URL): Promise<void> {
  const state = readFilters(url.search);
  const cursor = url.searchParams.get('cursor');
  const results = h('section', { class: 'results', 'aria-labelledby': 'events-heading' }, loading());
  const articles = h('section', { class: 'articles', 'aria-labelledby': 'articles-heading' });
  replace(main, h('h1', {}, 'Events'), searchForm(state, '/'), saveQueryControl(url), results, articles);
  performance.mark('sitroom:search:start');
  const params = filterParams(state);
  params.set('limit', PAGE_SIZE);
  if (cursor) params.set('cursor', cursor);
  const [events, hits] = await Promise.allSettled([fetchEvents(params), fetchArticleHits(state)]);
  if (events.status === 'fulfilled') replace(results, eventTable(events.value, state));
  else replace(results, h('h2', { id: 'events-heading' }, 'Events'), errorBox(events.reason));
  if (hits.status === 'fulfilled') replace(articles, articleList(hits.value, state));
  else replace(articles, h('h2', { id: 'articles-heading' }, 'Articles'), errorBox(hits.reason));
  performance.mark('sitroom:search:rendered');
}

/** Articles: the text search when there is text, else the latest articles. */
function fetchArticleHits(state: FilterState): Promise<ArticlePage> {
  const params = new URLSearchParams({ limit: '20' });
  if (state.q) params.set('q', state.q);
  return fetchArticles(params);
}

function eventTable(page: EventPage, state: FilterState): HTMLElement[] {
  const heading = h('h2', { id: 'events-heading' }, `${page.total.toLocaleString('en')} events`);
  if (page.events.length === 0) return [heading, h('p', {}, 'No event matches these filters.')];
  const table = h(
    'table',
    { class: 'event-table' },
    h('caption', { class: 'visually-hidden' }, 'Events matching the filters, newest first'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Date', 'Type', 'Actor', 'Recipient', 'Place', 'Status', 'Reports'].map((label) =>
          h('th', { scope: 'col' }, label),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      page.events.map((event) =>
        h(
          'tr',
          { 'data-event-id': event.id },
          h('td', {}, h('a', { href: `/event/${encodeURIComponent(event.id)}` }, formatDate(event.date))),
          h('td', {}, event.mode ? `${event.type} / ${event.mode}` : event.type),
          h('td', {}, sideOf(event, 'actor')),
          h('td', {}, sideOf(event, 'recipient')),
          h('td', {}, formatPlace(event.place)),
          h(
            'td',
            {},
            event.status,
            event.contradiction ? h('span', { class: 'badge' }, 'contradicted') : null,
          ),
          h('td', { class: 'num' }, event.reportCount),
        ),
      ),
    ),
  );
  const next = page.nextCursor
    ? h('a', { class: 'next-page', href: withFilters('/', state, { cursor: page.nextCursor }) }, 'Next page')
    : null;
  return [heading, table, next ? h('nav', { 'aria-label': 'Result pages' }, next) : null].filter(
    (x): x is HTMLElement => x !== null,
  );
}

function articleList(page: ArticlePage, state: FilterState): HTMLElement[] {
  const title = state.q ? `Articles matching “${state.q}”` : 'Latest articles';
  const heading = h('h2', { id: 'articles-heading' }, title);
  if (page.articles.length === 0) return [heading, h('p', {}, 'No article matches.')];
  return [
    heading,
    h(
      'ul',
      { class: 'article-list' },
      page.articles.map((a) =>
        h(
          'li',
          {},
          h('a', { href: `/article/${encodeURIComponent(a.id)}` }, a.title ?? a.url ?? a.id),
          a.publishedAt ? h('span', { class: 'meta' }, ` · ${a.publishedAt.slice(0, 10)}`) : null,
        ),
      ),
    ),
  ];
}
