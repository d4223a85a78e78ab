import { sql, type ExpressionBuilder, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Contradiction } from '../stages/dedup/index.js';
import type { DialectName } from './dialect.js';
import { reportEvent } from './event-rows.js';
import { decodeKeys, encodeKeys } from './page-cursor.js';
import type { EventDetail, EventFilters, EventPage, EventSummary } from './repository.js';
import type { Database, EventActorRow, EventRow } from './schema.js';
import { totalCache, versionColumn } from './total-cache.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** Opaque keyset cursor: the (sort_key, id) of the last event on the page, newest first. */
function encodeCursor(event: Pick<EventRow, 'sort_key' | 'id'>): string {
  return encodeKeys([event.sort_key, event.id]);
}

/**
 * Whether a page is read from the newest event down, testing each against the filters ('order'), or
 * from the filter's matches, sorted ('filter'). A filter matching few events (a rare actor code) would
 * otherwise scan most of the table for one page; one matching many (PRK) is cheaper to meet in date
 * order. At 100,000 events, sorting 2,000 matches costs about what scanning 2,000 entries does.
 */
export type Drive = 'order' | 'filter';
const SORT_AT_MOST = 2000;

/** Extra conditions a caller adds to the listing (events-filter.ts: recipient, place name, text). */
export interface EventRefinement {
  dialect: DialectName;
  apply<O>(
    query: SelectQueryBuilder<Database, 'events', O>,
    drive: Drive,
  ): SelectQueryBuilder<Database, 'events', O>;
}

/** The event list's filter conditions; the view summaries (event-views.ts) apply the same ones. */
export function applyFilters<O>(
  query: SelectQueryBuilder<Database, 'events', O>,
  f: EventFilters,
  drive: Drive,
): SelectQueryBuilder<Database, 'events', O> {
  let q = query;
  if (f.types?.length) q = q.where('events.type', 'in', f.types);
  if (f.placeCode) q = q.where('events.place_code', '=', f.placeCode);
  if (f.status) q = q.where('events.status', '=', f.status);
  if (f.contradiction !== undefined) q = q.where('events.contradiction', '=', f.contradiction ? 1 : 0);
  // Interval overlap: an event from the 14th to the 16th is in a query for the 15th onward.
  if (f.from) q = q.where('events.date_end', '>=', f.from);
  // sort_key is date_start (undated events sort first as 0000-00-00 and fail date_start <= to anyway),
  // so the same bound on sort_key is implied, and lets the page start at `to` in the sort index.
  if (f.to) q = q.where('events.date_start', '<=', f.to).where('events.sort_key', '<=', f.to);
  if (f.actorCode) q = q.where(hasActor(f.actorCode, f.role, drive));
  return q;
}

/** An actor code on one side or either: a semi-join the planner can start from either end. */
export function hasActor(code: string, role: 'actor' | 'recipient' | undefined, drive: Drive) {
  return ({ eb, exists, selectFrom }: ExpressionBuilder<Database, 'events'>) => {
    const matches = selectFrom('event_actors as ea')
      .select('ea.event_id')
      .where('ea.code', '=', code)
      .$if(role !== undefined, (sub) => sub.where('ea.role', '=', role ?? 'actor'));
    return drive === 'filter'
      ? eb('events.id', 'in', matches)
      : exists(matches.whereRef('ea.event_id', '=', 'events.id'));
  };
}

/** The events columns a summary shows (not the row's bookkeeping times). */
const SUMMARY_COLUMNS = [
  'events.id',
  'events.type',
  'events.mode',
  'events.date_start',
  'events.date_end',
  'events.date_precision',
  'events.sort_key',
  'events.place_name',
  'events.place_code',
  'events.lat',
  'events.lon',
  'events.geonameid',
  'events.status',
  'events.contradiction',
  'events.contradictions',
  'events.report_count',
] as const;

type SummaryRow = Omit<EventRow, 'created_at' | 'updated_at'>;
type ActorTriple = [role: EventActorRow['role'], code: string, sector: string];

/**
 * An event's actor codes as one JSON column of the page query ([role, code, sector] triples, ordered),
 * so a page is one statement instead of a page and an `in (...)` of its ids: on PostgreSQL each
 * statement is a round trip, and under load the round trips, not the queries, were the page's time.
 */
function actorsColumn(dialect: DialectName): RawBuilder<string | ActorTriple[]> {
  return dialect === 'sqlite'
    ? sql<string>`(select json_group_array(json_array(ea.role, ea.code, ea.sector)) from (select role, code,
        sector from event_actors where event_actors.event_id = events.id order by role, code) as ea)`
    : sql<ActorTriple[]>`(select coalesce(json_agg(json_build_array(ea.role, ea.code, ea.sector)
        order by ea.role, ea.code), '[]') from event_actors ea where ea.event_id = events.id)`;
}

/** One page of canonical events, newest first, with the total for the same filters. */
export async function listEventsIn(
  db: Kysely<Database>,
  filters: EventFilters,
  page: { cursor?: string | null; limit?: number },
  refine: EventRefinement,
): Promise<EventPage> {
  const limit = Math.min(Math.max(page.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const after = page.cursor ? decodeKeys(page.cursor, ['string', 'string'] as const) : null;
  const totals = totalCache(db, refine.dialect, JSON.stringify(filters));
  const count = () => countQuery(db, filters, refine);
  // A filter seen before is paged straight away and its total checked against the version the page
  // read; a new one is counted first, since its total chooses how the page is read.
  const remembered = totals.known();
  let known = remembered ?? (await totals.count(count));
  if (known.total === 0) {
    if (remembered) known = await totals.check(null, count);
    if (known.total === 0) return { events: [], total: 0, nextCursor: null };
  }
  const drive: Drive = known.total <= SORT_AT_MOST ? 'filter' : 'order';
  const rows = await db
    .selectFrom('events')
    .select(SUMMARY_COLUMNS)
    .select([actorsColumn(refine.dialect).as('actors'), versionColumn(refine.dialect).as('db_version')])
    .$call((q) => refine.apply(applyFilters(q, filters, drive), drive))
    // A row-value comparison, which both planners read as one range of the (sort_key, id) index.
    .$if(after !== null, (q) =>
      q.where((eb) => eb(eb.refTuple('sort_key', 'id'), '<', eb.tuple(after?.[0] ?? '', after?.[1] ?? ''))),
    )
    .orderBy('sort_key', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  // The drive only chose the plan: a total that moved since changes the count, never the rows.
  const { total } = remembered ? await totals.check(rows[0]?.db_version ?? null, count) : known;
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    events: pageRows.map((row) => toSummary(row, parseActors(row.actors))),
    total,
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

/** The number of events matching the filters, with the database version it was counted at. */
function countQuery(db: Kysely<Database>, filters: EventFilters, refine: EventRefinement) {
  return db
    .selectFrom('events')
    .select([sql<number>`cast(count(*) as integer)`.as('total'), versionColumn(refine.dialect).as('version')])
    .$call((q) => refine.apply(applyFilters(q, filters, 'filter'), 'filter'))
    .executeTakeFirstOrThrow();
}

const parseActors = (value: string | ActorTriple[]): ActorTriple[] =>
  typeof value === 'string' ? (JSON.parse(value) as ActorTriple[]) : value;

/** Summaries of event rows read elsewhere (timeline, network, one event), with their actors. */
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
  return rows.map((row) =>
    toSummary(
      row,
      actors.filter((a) => a.event_id === row.id).map((a): ActorTriple => [a.role, a.code, a.sector]),
    ),
  );
}

function toSummary(row: SummaryRow, actors: readonly ActorTriple[]): EventSummary {
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
    contradictions: row.contradictions === '[]' ? [] : (JSON.parse(row.contradictions) as Contradiction[]),
    actors: actors.map(([role, code, sector]) => ({ role, code, sector: sector || null })),
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
