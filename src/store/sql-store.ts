import { sql } from 'kysely';
import { upsertArticleIn, versionsJson } from './articles.js';
import { openDatabase, type Connection, type OpenOptions } from './dialect.js';
import { getArticleIn, listActorsIn, listArticlesIn, listQuotesIn } from './catalog-read.js';
import { eventNetworkIn, networkSelectionIn } from './event-network.js';
import { eventTimelineIn } from './event-timeline.js';
import { exportEventsIn } from './events-export.js';
import { refineEvents, refineEventsIn } from './events-filter.js';
import { getEventIn, listEventsIn } from './events-read.js';
import { saveEventsIn } from './events-write.js';
import { findIngestedIn, getFetchStateIn, getRawIn, listStaleIn, saveFetchStateIn } from './ingest-state.js';
import { saveRawIn } from './raw.js';
import type { EventStore, IngestInput, IngestResult, IngestStatus } from './repository.js';
import { compactSearchIndex, forgetSearchIndexStatistics, searchArticlesIn } from './search.js';
import { writeTransaction } from './transaction.js';

export interface StoreOptions extends OpenOptions {
  /** The clock for created/updated times; fixed in tests. */
  now?: () => Date;
}

/** Open (and migrate) the event database at `target`: a `postgres://` URL, a SQLite file or `:memory:`. */
export async function openStore(target: string, options: StoreOptions = {}): Promise<EventStore> {
  return createStore(await openDatabase(target, options), options.now ?? (() => new Date()));
}

/** The repository over an open connection; every write is one short transaction. */
export function createStore({ db, dialect }: Connection, clock: () => Date): EventStore {
  const now = () => clock().toISOString();
  const write = <T>(work: Parameters<typeof writeTransaction<T>>[2]) => writeTransaction(db, dialect, work);
  return {
    dialect,
    saveRaw: (input) => write((trx) => saveRawIn(trx, input, now())),
    upsertArticle: (input) => write((trx) => upsertArticleIn(trx, input, now())),
    saveEvents: (articleId, events, quotes = []) =>
      write((trx) => saveEventsIn(trx, articleId, events, quotes, now())),
    ingest: (input) => write((trx) => ingestIn(trx, input, now())),
    ingestMany: (inputs) =>
      write(async (trx) => {
        const results: IngestResult[] = [];
        for (const input of inputs) results.push(await ingestIn(trx, input, now()));
        return results;
      }),
    recordFailure: (source, rawId, reason) =>
      write((trx) =>
        recordItem(trx, { source, rawId: rawId ?? '', articleId: null, status: 'failed', reason }, now()),
      ),
    findIngested: (source, rawId) => findIngestedIn(db, source, rawId),
    getFetchState: (url) => getFetchStateIn(db, url),
    saveFetchState: (state) => write((trx) => saveFetchStateIn(trx, state, now())),
    listStale: (versions, limit = 1000) => listStaleIn(db, versionsJson(versions), limit),
    getRaw: (id) => getRawIn(db, id),
    listEvents: async (filters = {}, page = {}) =>
      listEventsIn(db, filters, page, await refineEventsIn(db, dialect, filters)),
    getEvent: (id) => getEventIn(db, id),
    searchArticles: (text, limit = 20) => searchArticlesIn(db, dialect, text, limit),
    listArticles: (page = {}) => listArticlesIn(db, page),
    getArticle: (id) => getArticleIn(db, id),
    listActors: (filters = {}) => listActorsIn(db, filters),
    listQuotes: (filters = {}, page = {}) => listQuotesIn(db, filters, page),
    exportEvents: (filters = {}, batchSize) =>
      exportEventsIn(db, filters, refineEvents(dialect, filters), batchSize),
    eventTimeline: (filters, limit) => eventTimelineIn(db, filters, refineEvents(dialect, filters), limit),
    eventNetwork: (filters, maxNodes) =>
      eventNetworkIn(db, dialect, filters, refineEvents(dialect, filters), maxNodes),
    networkSelection: (filters, node, peer, limit) =>
      networkSelectionIn(db, dialect, filters, refineEvents(dialect, filters), node, peer, limit),
    close: async () => {
      if (dialect === 'sqlite') {
        const [wrote] = (await sql<{ n: number }>`select total_changes() as n`.execute(db)).rows;
        if (Number(wrote?.n ?? 0) > 0) await compactSearchIndex(db, dialect);
        // Refreshes planner statistics that changed enough since they were taken (SQLite's advice for
        // long-lived connections: run it before closing); cheap when nothing changed.
        await sql`pragma optimize`.execute(db);
        await forgetSearchIndexStatistics(db, dialect);
      }
      await db.destroy();
    },
  };
}

type Trx = Parameters<Parameters<typeof writeTransaction>[2]>[0];

/**
 * One input end to end in one transaction, so a killed ingest leaves either all of it or none:
 * raw bytes, the article (or its duplicate status), its events, and its ingest item. An unchanged
 * re-ingest writes nothing.
 */
async function ingestIn(trx: Trx, input: IngestInput, now: string): Promise<IngestResult> {
  const raw = await saveRawIn(trx, input.raw, now);
  const upsert = await upsertArticleIn(
    trx,
    { rawId: raw.id, document: input.document, stageVersions: input.stageVersions },
    now,
  );
  let eventIds: Array<string | null> = [];
  if (upsert.status === 'new' || upsert.status === 'updated') {
    const saved = await saveEventsIn(
      trx,
      upsert.articleId,
      input.document.events,
      input.document.quotes,
      now,
      { fresh: upsert.status === 'new' },
    );
    eventIds = saved.eventIds;
  }
  await recordItem(
    trx,
    {
      source: input.source,
      rawId: raw.id,
      articleId: upsert.articleId,
      status: upsert.status,
      reason: upsert.reason,
    },
    now,
  );
  return { ...upsert, rawId: raw.id, eventIds };
}

interface ItemInput {
  source: string;
  rawId: string;
  articleId: string | null;
  status: IngestStatus;
  reason: string;
}

/**
 * One row per (source, raw input). Seen again, the row keeps its first outcome ("new" stays "new": the
 * same input changes nothing) unless the item had failed or the article was updated by newer stages.
 */
async function recordItem(trx: Trx, item: ItemInput, now: string): Promise<void> {
  await trx
    .insertInto('ingest_items')
    .values({
      source: item.source,
      raw_id: item.rawId,
      article_id: item.articleId,
      status: item.status,
      reason: item.reason,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['source', 'raw_id'])
        .doUpdateSet((eb) => ({
          article_id: eb.ref('excluded.article_id'),
          status: eb.ref('excluded.status'),
          reason: eb.ref('excluded.reason'),
          updated_at: eb.ref('excluded.updated_at'),
        }))
        .where((eb) =>
          eb.or([eb('ingest_items.status', '=', 'failed'), eb('excluded.status', '=', 'updated')]),
        ),
    )
    .execute();
}
