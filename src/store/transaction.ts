import { sql, type Kysely } from 'kysely';
import type { DialectName } from './dialect.js';
import type { Database } from './schema.js';

/**
 * One advisory-lock key for all PostgreSQL writers: merging a report into canonical events reads then
 * writes, so two workers saving reports of the same launch at once must take turns, as SQLite's
 * single writer does. Fetching and extraction run outside it; only the short write is serialized.
 */
const WRITE_LOCK_KEY = 0x5174_0001;

/** How often a SQLite writer retries BEGIN IMMEDIATE after the busy timeout expired. */
const SQLITE_BEGIN_ATTEMPTS = 3;

/**
 * Run `work` in one short write transaction on one connection. SQLite starts it with BEGIN IMMEDIATE:
 * a deferred BEGIN that reads and then writes can fail at once with "database is locked" when another
 * process writes in between (busy_timeout does not apply to that upgrade); IMMEDIATE takes the write
 * lock first and waits for it. Any error rolls back, so a killed or failed ingest leaves nothing half-written.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  dialect: DialectName,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (conn) => {
    await begin(conn, dialect);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

async function begin(conn: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`begin`.execute(conn);
    await sql`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`.execute(conn);
    return;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await sql`begin immediate`.execute(conn);
      return;
    } catch (error) {
      const busy = (error as { code?: string }).code === 'SQLITE_BUSY';
      if (!busy || attempt >= SQLITE_BEGIN_ATTEMPTS) throw error;
    }
  }
}
