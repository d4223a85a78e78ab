import { sql, type Kysely } from 'kysely';
import type { DialectName } from './dialect.js';
import type { Database } from './schema.js';

/**
 * Exact event-list totals, remembered until the database changes. Counting every match of a common
 * filter (a text search hitting 68,000 of 100,000 events) costs tens of milliseconds however it is
 * indexed, and a client paging through one filter asks for the same total on every page; a total is
 * recounted only after a write, so it is never stale.
 *
 * The version is read in the same statement as the count (so a count is stored under the version it
 * saw) or as the page (so checking a remembered total costs no extra statement; on PostgreSQL, no
 * extra round trip).
 * - SQLite: `data_version` moves when another connection (an ingest process) commits;
 *   `total_changes()` when this connection writes.
 * - PostgreSQL: the current snapshot (xmin:xmax:in-progress ids) moves whenever any transaction that
 *   writes starts or ends, so it is conservative: a busy cluster just recounts more often.
 */
const MAX_ENTRIES = 500;

export interface CountedTotal {
  version: string;
  total: number;
}

const caches = new WeakMap<Kysely<Database>, Map<string, CountedTotal>>();

/** The database version as a column of any query (evaluated once per statement on SQLite). */
export function versionColumn(dialect: DialectName) {
  return dialect === 'sqlite'
    ? sql<string>`(total_changes() || ':' || (select data_version from pragma_data_version))`
    : sql<string>`pg_current_snapshot()::text`;
}

async function versionOf(db: Kysely<Database>, dialect: DialectName): Promise<string> {
  const [row] = (await sql<{ v: string }>`select ${versionColumn(dialect)} as v`.execute(db)).rows;
  return String(row?.v);
}

export interface TotalCache {
  /** The remembered total, not yet checked against the database's version. */
  known(): CountedTotal | undefined;
  /** Counts (the count query also selects the version), remembers and returns the total. */
  count(counting: () => Promise<{ total: number; version: string }>): Promise<CountedTotal>;
  /** The remembered total if `version` (read now, or by the caller's query) is its own, else a recount. */
  check(
    version: string | null,
    counting: () => Promise<{ total: number; version: string }>,
  ): Promise<CountedTotal>;
}

/** The remembered total of the filters `key` on this database. */
export function totalCache(db: Kysely<Database>, dialect: DialectName, key: string): TotalCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const entries = cache;
  const remember = (entry: CountedTotal) => {
    // Re-inserted so the Map's order is least recently used first.
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value ?? '');
    return entry;
  };
  const count: TotalCache['count'] = async (counting) => {
    const counted = await counting();
    return remember({ version: String(counted.version), total: Number(counted.total) });
  };
  return {
    known: () => entries.get(key),
    count,
    async check(version, counting) {
      const known = entries.get(key);
      const current = version ?? (await versionOf(db, dialect));
      return known?.version === String(current) ? remember(known) : count(counting);
    },
  };
}
