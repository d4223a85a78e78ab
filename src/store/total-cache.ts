import { sql, type Kysely } from 'kysely';
import type { DialectName } from './dialect.js';
import type { Database } from './schema.js';

/**
 * Exact event-list totals, remembered until the database changes. Counting every match of a common
 * filter (a text search hitting 68,000 of 100,000 events) costs tens of milliseconds however it is
 * indexed, and a client paging through one filter asks for the same total on every page; a total is
 * recounted only after a write, so it is never stale.
 *
 * The version is read before the count: a count that raced a commit is stored under the older
 * version, and the next request (seeing the newer one) recounts.
 * - SQLite: `data_version` moves when another connection (an ingest process) commits;
 *   `total_changes()` when this connection writes.
 * - PostgreSQL: the current snapshot (xmin:xmax:in-progress ids) moves whenever any transaction that
 *   writes starts or ends, so it is conservative: a busy cluster just recounts more often.
 */
const MAX_ENTRIES = 500;

interface Entry {
  version: string;
  total: number;
}

const caches = new WeakMap<Kysely<Database>, Map<string, Entry>>();

async function versionOf(db: Kysely<Database>, dialect: DialectName): Promise<string> {
  const query =
    dialect === 'sqlite'
      ? sql<{ v: string }>`select total_changes() || ':' || data_version as v from pragma_data_version`
      : sql<{ v: string }>`select pg_current_snapshot()::text as v`;
  const [row] = (await query.execute(db)).rows;
  return String(row?.v);
}

/** The total under `key` (the filters), counted by `count` unless known for the current version. */
export async function cachedTotal(
  db: Kysely<Database>,
  dialect: DialectName,
  key: string,
  count: () => Promise<number>,
): Promise<number> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const version = await versionOf(db, dialect);
  const known = cache.get(key);
  if (known?.version === version) {
    // Re-insert so the Map's order is least recently used first.
    cache.delete(key);
    cache.set(key, known);
    return known.total;
  }
  const total = await count();
  cache.delete(key);
  cache.set(key, { version, total });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value ?? '');
  return total;
}
