import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Connection {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The PostgreSQL schema worked in, when not the default search path. */
  schema?: string;
}

export interface OpenOptions {
  /** PostgreSQL only: work in this schema (created if missing), so parallel test runs do not collide. */
  schema?: string;
}

/**
 * How long a SQLite writer waits for another process's write transaction before giving up. Two ingest
 * processes on one file take turns; 15 s covers the longest single-article transaction with margin.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/** The database an ingest or server opens: `DATABASE_URL` when set (PostgreSQL), else a SQLite file. */
export function defaultTarget(env: NodeJS.ProcessEnv = process.env): string {
  return env['DATABASE_URL'] || env['SITROOM_DB'] || 'sitroom.db';
}

export function dialectOf(target: string): DialectName {
  return POSTGRES_URL.test(target) ? 'postgres' : 'sqlite';
}

/** Open a database from a `postgres://` URL, a SQLite file path or `:memory:`, and migrate it to latest. */
export async function openDatabase(target: string, options: OpenOptions = {}): Promise<Connection> {
  const connection =
    dialectOf(target) === 'postgres' ? await openPostgres(target, options) : openSqlite(target);
  await migrateToLatest(connection);
  return connection;
}

function openSqlite(file: string): Connection {
  const database = new BetterSqlite3(file);
  // WAL lets readers run beside one writer; NORMAL sync is durable at every checkpoint and safe in WAL.
  if (file !== ':memory:') database.pragma('journal_mode = WAL');
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  const dialect = new SqliteDialect({ database: cachingStatements(database) });
  return { db: new Kysely<Database>({ dialect }), dialect: 'sqlite' };
}

/** Distinct statements kept compiled; `in (...)` lists of each length are distinct texts. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh, and better-sqlite3 compiles SQL on each prepare: in an ingest
 * the same few dozen statements run thousands of times, and compiling them was a fifth of store time.
 * A statement still being iterated (a streamed export) is busy, so a nested run of it gets a new one.
 */
function cachingStatements(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached && !cached.busy) return cached;
      const statement = database.prepare(sql);
      if (cached) return statement;
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
      cache.set(sql, statement);
      return statement;
    },
  };
}

async function openPostgres(url: string, options: OpenOptions): Promise<Connection> {
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`bad schema name: ${schema}`);
  if (schema) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    await setup.query(`create schema if not exists ${schema}`);
    await setup.end();
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return schema ? { db, dialect: 'postgres', schema } : { db, dialect: 'postgres' };
}
