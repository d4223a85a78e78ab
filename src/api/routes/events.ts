import { Hono } from 'hono';
import type { EventDetail, EventStore, StoredQuote } from '../../store/index.js';
import { notFound } from '../errors.js';
import { EVENT_PARAMS, eventFilters, onlyKnown, PAGE_PARAMS, pageRequest } from '../validate.js';

/** A report of an event, with the quote that expresses it when there is one. */
export type EventReportView = EventDetail['reports'][number] & { quote: StoredQuote | null };
export type EventView = Omit<EventDetail, 'reports'> & { reports: EventReportView[] };

/** `GET /events` (filtered, paged, with the total) and `GET /events/:id` (with reports and quotes). */
export function eventRoutes(store: EventStore): Hono {
  const app = new Hono();
  app.get('/events', async (c) => {
    const query = c.req.queries();
    onlyKnown(query, [...EVENT_PARAMS, ...PAGE_PARAMS]);
    return c.json(await store.listEvents(eventFilters(query), pageRequest(query)));
  });
  app.get('/events/:id', async (c) => {
    const event = await store.getEvent(c.req.param('id'));
    if (!event) throw notFound(`event ${c.req.param('id')}`);
    return c.json(await withQuotes(store, event));
  });
  return app;
}

/** Resolves each report's quote index against its article's stored quotes. */
async function withQuotes(store: EventStore, event: EventDetail): Promise<EventView> {
  const articleIds = [
    ...new Set(event.reports.filter((r) => r.event.quote !== null).map((r) => r.articleId)),
  ];
  const quotes = new Map<string, StoredQuote>();
  for (const articleId of articleIds) {
    const page = await store.listQuotes({ articleId }, { limit: 500 });
    for (const q of page.quotes) quotes.set(`${q.articleId}#${q.index}`, q);
  }
  return {
    ...event,
    reports: event.reports.map((r) => ({
      ...r,
      quote: r.event.quote === null ? null : (quotes.get(`${r.articleId}#${r.event.quote}`) ?? null),
    })),
  };
}
