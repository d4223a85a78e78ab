import { sql } from 'kysely';
import type { Connection } from './dialect.js';
import { migrations } from './migrations/index.js';
import { writeTransaction } from './transaction.js';

/**
 * Apply every pending migration, in name order, in one write transaction (DDL is transactional on
 * both dialects, so a failed migration leaves the schema as it was). Returns the names applied.
 *
 * Why not Kysely's Migrator: its lock is a no-op on SQLite, so two ingest processes opening one new
 * file race to create the tables; and it introspects the tables of every PostgreSQL schema, which fails
 * when another schema is being dropped at that moment (parallel test runs). Taking the store's own
 * write lock (BEGIN IMMEDIATE / advisory lock) serializes openers on both.
 */
export async function migrateToLatest({ db, dialect }: Connection): Promise<string[]> {
  const pending = Object.entries(migrations(dialect)).sort(([a], [b]) => (a < b ? -1 : 1));
  return writeTransaction(db, dialect, async (trx) => {
    await sql`create table if not exists schema_migrations (name text primary key, applied_at text not null)`.execute(
      trx,
    );
    const done = await sql<{ name: string }>`select name from schema_migrations`.execute(trx);
    const applied = new Set(done.rows.map((r) => r.name));
    const names: string[] = [];
    for (const [name, migration] of pending) {
      if (applied.has(name)) continue;
      await migration.up(trx);
      await sql`insert into schema_migrations (name, applied_at) values (${name}, ${new Date().toISOString()})`.execute(
        trx,
      );
      names.push(name);
    }
    return names;
  });
}
