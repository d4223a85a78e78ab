import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { applyFilters, summaries, type Drive, type EventRefinement } from './events-read.js';
import type { EventFilters, EventSummary } from './repository.js';
import type { Database } from './schema.js';

/**
 * The timeline's first screen in one request (issue 6, speed): per-lane, per-bucket counts of every
 * matching event, computed in SQL, plus the newest `limit` dated events to draw one by one. The filters
 * are the event list's own (applyFilters + the refinement), so the counts equal the list's total.
 */

export type TimeUnit = 'day' | 'month';

export interface TimelineLane {
  /** The lane's actor code (the first actor-side code of each event, as the UI's laneOf), or 'none'. */
  code: string;
  count: number;
  /** Dated events by the bucket holding their start date; `start` is the bucket's first day. */
  buckets: Array<{ start: string; count: number }>;
}

export interface EventTimeline {
  total: number;
  undated: number;
  /** Earliest start and latest end of the dated matches. */
  extent: { start: string; end: string } | null;
  unit: TimeUnit;
  lanes: TimelineLane[];
  /** The newest dated matches, at most `limit`. */
  events: EventSummary[];
  /** More dated events match than `events` holds: the counts show them, the marks do not. */
  truncated: boolean;
}

/**
 * Day buckets up to about thirteen months (two or more pixels each on a 900 px axis), else months: only
 * non-empty buckets are sent, so months stay few even when one stray date stretches the range to a
 * century, and the UI can pick its axis inside the range (and sum months to years) without asking again.
 */
const MAX_DAY_BUCKETS = 400;
/** Where the event list switches from filter-driven to order-driven pages (events-read.ts). */
const SORT_AT_MOST = 2000;

type EventQuery<O> = SelectQueryBuilder<Database, 'events', O>;
type Where = <O>(q: EventQuery<O>) => EventQuery<O>;

/** The matching events' counts by lane and bucket, and the newest `limit` of them. */
export async function eventTimelineIn(
  db: Kysely<Database>,
  filters: EventFilters,
  refine: EventRefinement,
  limit: number,
): Promise<EventTimeline> {
  const where =
    (drive: Drive): Where =>
    (q) =>
      refine.apply(applyFilters(q, filters, drive), drive);
  // One grouped pass gives the total, the extent and the counts. Without both from and to the range is
  // known only afterwards: months first, and days again when the events span about a year or less.
  const known = filters.from && filters.to ? spanDays(filters.from, filters.to) : null;
  let groups = await laneGroups(
    db,
    where('filter'),
    known !== null && known <= MAX_DAY_BUCKETS ? 'day' : 'month',
  );
  const totals = summarize(groups);
  const range = totals.lo && totals.hi ? { start: totals.lo, end: totals.hi } : null;
  const days = known ?? (range ? spanDays(range.start, range.end) : 0);
  const unit: TimeUnit = days <= MAX_DAY_BUCKETS ? 'day' : 'month';
  if (unit === 'day' && groups[0]?.unit !== 'day' && totals.dated > 0) {
    groups = await laneGroups(db, where('filter'), 'day');
  }
  const { total, dated } = totals;
  if (dated === 0)
    return { total, undated: total, extent: null, unit, lanes: [], events: [], truncated: false };
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .$call(where(dated <= SORT_AT_MOST ? 'filter' : 'order'))
    .where('events.date_start', 'is not', null)
    .orderBy('sort_key', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return {
    total,
    undated: total - dated,
    extent: range,
    unit,
    lanes: lanesOf(groups, unit),
    events: await summaries(db, rows),
    truncated: dated > rows.length,
  };
}

const spanDays = (from: string, to: string) =>
  Math.max(0, (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Characters of an ISO date kept by each unit: 2022-03-24, 2022-03. */
const UNIT_CHARS: Record<TimeUnit, number> = { day: 10, month: 7 };
const UNIT_PAD: Record<TimeUnit, string> = { day: '', month: '-01' };

interface LaneGroup {
  unit: TimeUnit;
  lane: string;
  /** null for the undated events of the lane. */
  bucket: string | null;
  n: number;
  lo: string | null;
  hi: string | null;
}

/** Matching events by lane and bucket (undated ones in a null bucket), with each group's extent. */
async function laneGroups(db: Kysely<Database>, where: Where, unit: TimeUnit): Promise<LaneGroup[]> {
  // The lane is the first actor-side code, else the first code at all (laneOf in src/web): 'actor'
  // sorts before 'recipient', so it is the first row of the event in the primary key's own order
  // (event_id, role, code, sector), one index seek per event.
  const laneOf = sql<string>`coalesce((select ea.code from event_actors ea where ea.event_id = events.id
    order by ea.role, ea.code limit 1), 'none')`;
  const inner = db
    .selectFrom('events')
    .select([
      laneOf.as('lane'),
      sql<string | null>`substr(events.date_start, 1, ${sql.lit(UNIT_CHARS[unit])})`.as('bucket'),
      'events.date_start',
      'events.date_end',
    ])
    .$call(where);
  const rows = await db
    .selectFrom(inner.as('t'))
    .select([
      't.lane',
      't.bucket',
      sql<number>`cast(count(*) as integer)`.as('n'),
      sql<string | null>`min(t.date_start)`.as('lo'),
      sql<string | null>`max(t.date_end)`.as('hi'),
    ])
    .groupBy(['t.lane', 't.bucket'])
    .execute();
  return rows.map((r) => ({ unit, lane: r.lane, bucket: r.bucket, n: Number(r.n), lo: r.lo, hi: r.hi }));
}

function summarize(groups: LaneGroup[]): {
  total: number;
  dated: number;
  lo: string | null;
  hi: string | null;
} {
  let total = 0;
  let dated = 0;
  let lo: string | null = null;
  let hi: string | null = null;
  for (const g of groups) {
    total += g.n;
    if (g.bucket === null || g.lo === null || g.hi === null) continue;
    dated += g.n;
    if (lo === null || g.lo < lo) lo = g.lo;
    if (hi === null || g.hi > hi) hi = g.hi;
  }
  return { total, dated, lo, hi };
}

/** Lanes, busiest first (ties by code), each with its dated events counted per bucket of `unit`. */
function lanesOf(groups: LaneGroup[], unit: TimeUnit): TimelineLane[] {
  const lanes = new Map<string, { code: string; count: number; buckets: Map<string, number> }>();
  for (const g of groups) {
    if (g.bucket === null) continue;
    const lane = lanes.get(g.lane) ?? { code: g.lane, count: 0, buckets: new Map<string, number>() };
    const start = `${g.bucket.slice(0, UNIT_CHARS[unit])}${UNIT_PAD[unit]}`;
    lane.count += g.n;
    lane.buckets.set(start, (lane.buckets.get(start) ?? 0) + g.n);
    lanes.set(g.lane, lane);
  }
  return [...lanes.values()]
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
    .map((lane) => ({
      code: lane.code,
      count: lane.count,
      buckets: [...lane.buckets.entries()]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([start, count]) => ({ start, count })),
    }));
}
