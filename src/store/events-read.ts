import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Contradiction } from '../stages/dedup/index.js';
import { reportEvent } from './event-rows.js';
import type { EventDetail, EventFilters, EventPage, EventSummary } from './repository.js';
import type { Database, EventActorRow, EventRow } from './schema.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** Opaque keyset cursor: the (sort_key, id) of the last event on the page, newest first. */
function encodeCursor(event: Pick<EventRow, 'sort_key' | 'id'>): string {
  return Buffer.from(JSON.stringify([event.sort_key, event.id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Array.isArray(value) || value.length !== 2 || !value.every((v) => typeof v === 'string')) {
    throw new Error(`store: bad cursor ${cursor}`);
  }
  return [value[0] as string, value[1] as string];
}

/** Extra conditions a caller adds to the listing (events-filter.ts: recipient, place name, text). */
export type EventRefinement = <O>(
  query: SelectQueryBuilder<Database, 'events', O>,
) => SelectQueryBuilder<Database, 'events', O>;

function applyFilters<O>(
  query: SelectQueryBuilder<Database, 'events', O>,
  f: EventFilters,
): SelectQueryBuilder<Database, 'events', O> {
  let q = query;
  if (f.types?.length) q = q.where('events.type', 'in', f.types);
  if (f.placeCode) q = q.where('events.place_code', '=', f.placeCode);
  if (f.status) q = q.where('events.status', '=', f.status);
  if (f.contradiction !== undefined) q = q.where('events.contradiction', '=', f.contradiction ? 1 : 0);
  // Interval overlap: an event from the 14th to the 16th is in a query for the 15th onward.
  if (f.from) q = q.where('events.date_end', '>=', f.from);
  if (f.to) q = q.where('events.date_start', '<=', f.to);
  if (f.actorCode) {
    const { actorCode, role } = f;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('event_actors as ea')
          .select('ea.event_id')
          .whereRef('ea.event_id', '=', 'events.id')
          .where('ea.code', '=', actorCode)
          .$if(role !== undefined, (sub) => sub.where('ea.role', '=', role ?? 'actor')),
      ),
    );
  }
  return q;
}

/** One page of canonical events, newest first, with the total for the same filters. */
export async function listEventsIn(
  db: Kysely<Database>,
  filters: EventFilters,
  page: { cursor?: string | null; limit?: number },
  refine: EventRefinement = (q) => q,
): Promise<EventPage> {
  const limit = Math.min(Math.max(page.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const after = page.cursor ? decodeCursor(page.cursor) : null;
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .$call((q) => refine(applyFilters(q, filters)))
    .$if(after !== null, (q) =>
      q.where((eb) => {
        const [key, id] = after ?? ['', ''];
        return eb.or([eb('sort_key', '<', key), eb.and([eb('sort_key', '=', key), eb('id', '<', id)])]);
      }),
    )
    .orderBy('sort_key', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const counted = await db
    .selectFrom('events')
    .select(sql<number>`cast(count(*) as integer)`.as('total'))
    .$call((q) => refine(applyFilters(q, filters)))
    .executeTakeFirstOrThrow();
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    events: await summaries(db, pageRows),
    total: Number(counted.total),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

export async function summaries(db: Kysely<Database>, rows: readonly EventRow[]): Promise<EventSummary[]> {
  if (rows.length === 0) return [];
  const actors = await db
    .selectFrom('event_actors')
    .selectAll()
    .where(
      'event_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('role')
    .orderBy('code')
    .execute();
  return rows.map((row) => summary(row, actors));
}

function summary(row: EventRow, actors: readonly EventActorRow[]): EventSummary {
  return {
    id: row.id,
    type: row.type,
    mode: row.mode,
    date:
      row.date_start && row.date_end
        ? { start: row.date_start, end: row.date_end, precision: row.date_precision }
        : null,
    place: row.place_name
      ? { name: row.place_name, code: row.place_code, lat: row.lat, lon: row.lon, geonameid: row.geonameid }
      : null,
    status: row.status,
    reportCount: row.report_count,
    contradiction: row.contradiction === 1,
    contradictions: JSON.parse(row.contradictions) as Contradiction[],
    actors: actors
      .filter((a) => a.event_id === row.id)
      .map((a) => ({ role: a.role, code: a.code, sector: a.sector || null })),
  };
}

/** A canonical event with every supporting report and the article it came from, oldest article first. */
export async function getEventIn(db: Kysely<Database>, id: string): Promise<EventDetail | null> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [event] = await summaries(db, [row]);
  const reports = await db
    .selectFrom('event_reports as r')
    .innerJoin('articles as a', 'a.id', 'r.article_id')
    .selectAll('r')
    .select(['a.url as article_url', 'a.title as article_title', 'a.published_at as article_published_at'])
    .where('r.event_id', '=', id)
    .orderBy('a.seq')
    .orderBy('r.event_index')
    .execute();
  if (!event) return null;
  return {
    ...event,
    reports: reports.map((r) => ({
      id: r.id,
      articleId: r.article_id,
      articleUrl: r.article_url,
      articleTitle: r.article_title,
      publishedAt: r.article_published_at,
      event: reportEvent(r),
    })),
  };
}
