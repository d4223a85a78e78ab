import type { Kysely } from 'kysely';
import { reportEvent } from './event-rows.js';
import { listEventsIn, MAX_PAGE_SIZE, type EventRefinement } from './events-read.js';
import type { EventDetail, EventFilters, EventReport, EventSummary } from './repository.js';
import type { Database } from './schema.js';

/**
 * Every matching event with its reports, one keyset page at a time, so an export of 100,000 events
 * holds one page in memory and the caller can write each event as it comes (streamed exports).
 */
export async function* exportEventsIn(
  db: Kysely<Database>,
  filters: EventFilters,
  refine: EventRefinement,
  batchSize: number = MAX_PAGE_SIZE,
): AsyncGenerator<EventDetail> {
  let cursor: string | null = null;
  do {
    const page = await listEventsIn(db, filters, { cursor, limit: batchSize }, refine);
    const reports = await reportsOf(db, page.events);
    for (const event of page.events) yield { ...event, reports: reports.get(event.id) ?? [] };
    cursor = page.nextCursor;
  } while (cursor);
}

/** The reports of a page of events in one query, grouped by event, oldest article first. */
async function reportsOf(
  db: Kysely<Database>,
  events: readonly EventSummary[],
): Promise<Map<string, EventReport[]>> {
  const byEvent = new Map<string, EventReport[]>();
  if (events.length === 0) return byEvent;
  const rows = await db
    .selectFrom('event_reports as r')
    .innerJoin('articles as a', 'a.id', 'r.article_id')
    .selectAll('r')
    .select(['a.url as article_url', 'a.title as article_title', 'a.published_at as article_published_at'])
    .where(
      'r.event_id',
      'in',
      events.map((e) => e.id),
    )
    .orderBy('a.seq')
    .orderBy('r.event_index')
    .execute();
  for (const r of rows) {
    const list = byEvent.get(r.event_id) ?? [];
    list.push({
      id: r.id,
      articleId: r.article_id,
      articleUrl: r.article_url,
      articleTitle: r.article_title,
      publishedAt: r.article_published_at,
      event: reportEvent(r),
    });
    byEvent.set(r.event_id, list);
  }
  return byEvent;
}
