import type { Kysely, Selectable } from 'kysely';
import type { Quote } from '../core/document.js';
import {
  addDays,
  DATE_TOLERANCE_DAYS,
  eventKey,
  isSameEvent,
  sha256Hex,
  type EventKey,
} from '../stages/dedup/index.js';
import { actorRows, canonicalKey, reportRow } from './event-rows.js';
import { canonicalFields, refreshEvent } from './events-canonical.js';
import type { ReportInput, SaveEventsResult } from './repository.js';
import type { Database, EventActorRow, EventReportRow } from './schema.js';

/**
 * Replace one article's reports and quotes, then merge each report into a canonical event:
 * 1. forget the article's old reports (remembering which event each index supported);
 * 2. per report, keep its old event if it still fits (or no one else supports it), else join the
 *    best matching canonical event, else open a new one with an id derived from the report;
 * 3. recompute every touched event (values, contradictions, actors); drop events left with no report.
 * A duplicate article (a wire copy) adds no reports: its original's reports already count.
 */
export interface SaveOptions {
  /**
   * The article was inserted in this transaction as an original (ingest's `new`): it has no reports,
   * quotes or duplicate link to look up or delete, which saves four round trips per new article.
   */
  fresh?: boolean;
}

export async function saveEventsIn(
  trx: Kysely<Database>,
  articleId: string,
  events: readonly ReportInput[],
  quotes: readonly Quote[],
  now: string,
  { fresh = false }: SaveOptions = {},
): Promise<SaveEventsResult> {
  if (!fresh) {
    const article = await trx
      .selectFrom('articles')
      .select('duplicate_of')
      .where('id', '=', articleId)
      .executeTakeFirst();
    if (!article) throw new Error(`store: saveEvents for unknown article ${articleId}`);
    if (article.duplicate_of) return { eventIds: events.map(() => null), skipped: 'dedup/duplicate-article' };
  }
  // 1. Old reports out; their events are revisited in step 3.
  const old = fresh
    ? []
    : await trx
        .selectFrom('event_reports')
        .select(['event_index', 'event_id'])
        .where('article_id', '=', articleId)
        .execute();
  const previous = new Map(old.map((r) => [r.event_index, r.event_id]));
  if (!fresh) await trx.deleteFrom('event_reports').where('article_id', '=', articleId).execute();
  await replaceQuotes(trx, articleId, quotes, fresh);
  // 2. Each report to a canonical event.
  const eventIds = await assignReports(trx, articleId, events, previous, now);
  // 3. Canonical values follow their reports. An event that took a report above was refreshed after
  // its last change (a refresh reads only that event's rows), so only events that lost one are left.
  const assigned = new Set(eventIds);
  const lost = [...new Set(previous.values())].filter((id) => !assigned.has(id));
  for (const id of lost.sort()) await refreshEvent(trx, id, now);
  return { eventIds, skipped: null };
}

/**
 * Each report to its canonical event, in order; returns the event ids. An event the article opens is
 * inserted at once (the article's next report may match it); its actors and report are written with
 * the article's others at the end, or before anything reads them back: refreshing an event the article
 * joins reads its reports.
 */
async function assignReports(
  trx: Kysely<Database>,
  articleId: string,
  events: readonly ReportInput[],
  previous: ReadonlyMap<number, string>,
  now: string,
): Promise<string[]> {
  const eventIds: string[] = [];
  const pending: PendingRows = { reports: [], actors: new Map() };
  for (const [index, event] of events.entries()) {
    const key = eventKey(event);
    const joined = await joinedEvent(trx, key, previous.get(index) ?? null, pending.actors);
    if (joined) {
      pending.reports.push(reportRow(articleId, index, joined, event));
      await writePending(trx, pending);
      // Refresh now so the article's next report matches against this event's real actors and dates.
      await refreshEvent(trx, joined, now);
      eventIds.push(joined);
    } else {
      // The event id is known once the event is opened (it hashes the report's id).
      const row = reportRow(articleId, index, '', event);
      const opened = await openEvent(trx, key.type, row, now);
      pending.reports.push({ ...row, event_id: opened });
      pending.actors.set(opened, actorRows(opened, [row]));
      eventIds.push(opened);
    }
  }
  await writePending(trx, pending);
  return eventIds;
}

/** Rows of the events an article opened, not yet written: nothing has read them back so far. */
interface PendingRows {
  reports: EventReportRow[];
  /** Actor rows by event id: the merge rule reads them from here until they are written. */
  actors: Map<string, EventActorRow[]>;
}

/** The stored event a report joins: its old one if it still fits, else the best match; null opens one. */
async function joinedEvent(
  trx: Kysely<Database>,
  key: EventKey,
  previousId: string | null,
  pendingActors: ReadonlyMap<string, EventActorRow[]>,
): Promise<string | null> {
  if (previousId && (await keepsPrevious(trx, key, previousId))) return previousId;
  return findMatchingEvent(trx, key, pendingActors);
}

/** Rows per multi-row insert: a report has 27 columns, and SQLite takes 32,766 parameters at most. */
const ROWS_PER_INSERT = 500;

async function writePending(trx: Kysely<Database>, pending: PendingRows): Promise<void> {
  const actors = [...pending.actors.values()].flat();
  pending.actors.clear();
  for (let i = 0; i < actors.length; i += ROWS_PER_INSERT)
    await trx
      .insertInto('event_actors')
      .values(actors.slice(i, i + ROWS_PER_INSERT))
      .execute();
  const reports = pending.reports.splice(0);
  for (let i = 0; i < reports.length; i += ROWS_PER_INSERT)
    await trx
      .insertInto('event_reports')
      .values(reports.slice(i, i + ROWS_PER_INSERT))
      .execute();
}

/** Reprocessing keeps an event's id when the report still fits it, or when nothing else supports it. */
async function keepsPrevious(trx: Kysely<Database>, key: EventKey, id: string): Promise<boolean> {
  const event = await trx.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!event || event.type !== key.type) return false;
  const others = await trx
    .selectFrom('event_reports')
    .select('id')
    .where('event_id', '=', id)
    .executeTakeFirst();
  if (!others) return true;
  const actors = await trx.selectFrom('event_actors').selectAll().where('event_id', '=', id).execute();
  return isSameEvent(canonicalKey(event, actors), key);
}

/**
 * Candidates come from the (type, date) index; the pure merge rule decides. Most-supported wins. The
 * actors of an event this article opened are still in `pendingActors`, not in the table.
 */
async function findMatchingEvent(
  trx: Kysely<Database>,
  key: EventKey,
  pendingActors: ReadonlyMap<string, EventActorRow[]>,
): Promise<string | null> {
  if (!key.start) return null;
  const candidates = await trx
    .selectFrom('events')
    .selectAll()
    .where('type', '=', key.type)
    .where('date_start', '<=', addDays(key.end ?? key.start, DATE_TOLERANCE_DAYS))
    .where('date_end', '>=', addDays(key.start, -DATE_TOLERANCE_DAYS))
    .orderBy('report_count', 'desc')
    .orderBy('id')
    .execute();
  const stored = await actorsOfEvents(
    trx,
    candidates.filter((e) => !pendingActors.has(e.id)).map((e) => e.id),
  );
  for (const event of candidates) {
    const actors = pendingActors.get(event.id) ?? stored.get(event.id) ?? [];
    if (isSameEvent(canonicalKey(event, actors), key)) return event.id;
  }
  return null;
}

/** Bound parameters per query, under SQLite's and PostgreSQL's limits. */
const IDS_PER_QUERY = 500;

/** The actor rows of many events, a few queries in all rather than one per event. */
async function actorsOfEvents(
  trx: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, Selectable<EventActorRow>[]>> {
  const byEvent = new Map<string, Selectable<EventActorRow>[]>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const rows = await trx
      .selectFrom('event_actors')
      .selectAll()
      .where('event_id', 'in', ids.slice(i, i + IDS_PER_QUERY))
      .execute();
    for (const row of rows) {
      const list = byEvent.get(row.event_id);
      if (list) list.push(row);
      else byEvent.set(row.event_id, [row]);
    }
  }
  return byEvent;
}

/**
 * A new canonical event with its one report's values (what refreshEvent would compute from that
 * report, without reading it back; the caller writes its actors). Its id hashes the first supporting report's id (article address
 * + index), so ingesting the same articles into a fresh database gives the same ids; a salt resolves the
 * rare case where that id is taken (the report moved and its old event lives on through other reports).
 */
async function openEvent(
  trx: Kysely<Database>,
  type: string,
  report: EventReportRow,
  now: string,
): Promise<string> {
  for (let salt = 0; ; salt++) {
    const id = `e_${sha256Hex(salt ? `${report.id}|${salt}` : report.id).slice(0, 24)}`;
    const inserted = await trx
      .insertInto('events')
      .values({ id, type, created_at: now, ...canonicalFields([report], now) })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return id;
  }
}

async function replaceQuotes(
  trx: Kysely<Database>,
  articleId: string,
  quotes: readonly Quote[],
  fresh: boolean,
): Promise<void> {
  if (!fresh) await trx.deleteFrom('quotes').where('article_id', '=', articleId).execute();
  if (quotes.length === 0) return;
  const rows = quotes.map((q, quote_index) => ({
    article_id: articleId,
    quote_index,
    text: q.text,
    speaker: q.speaker ? JSON.stringify(q.speaker) : null,
    channel: q.channel,
    start_offset: q.start,
    end_offset: q.end,
  }));
  await trx.insertInto('quotes').values(rows).execute();
}
