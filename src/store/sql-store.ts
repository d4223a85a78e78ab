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
import { ingestBatchIn, recordItems } from './ingest-write.js';
import type { EventStore } from './repository.js';
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
    ingest: async (input) => {
      const [result] = await write((trx) => ingestBatchIn(trx, [input], now));
      if (!result) throw new Error(`store: no result for ${input.source}`);
      return result;
    },
    ingestMany: (inputs) => write((trx) => ingestBatchIn(trx, inputs, now)),
    recordFailure: (source, rawId, reason) =>
      write((trx) =>
        recordItems(trx, [
          { source, rawId: rawId ?? '', articleId: null, status: 'failed', reason, stamp: now() },
        ]),
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
