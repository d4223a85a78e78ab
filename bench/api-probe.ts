import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect, SqliteDialect, sql, type LogEvent } from 'kysely';
import pg from 'pg';
import { openDatabase, type Connection, type DialectName } from '../src/store/dialect.js';
import type { EventFilters } from '../src/store/repository.js';
import type { Database } from '../src/store/schema.js';
import { createStore } from '../src/store/sql-store.js';
import { buildBenchData } from './api-data.js';

/**
 * Single-query latency and query plans of the event list at 100,000 events, without HTTP or
 * concurrency: the numbers to read before and after an index change. The database is built once and
 * kept (SQLite under .bench/, PostgreSQL in schema `bench_probe`), so iterating costs seconds.
 *
 *   node --import tsx bench/api-probe.ts [--plans]          (DATABASE_URL set: PostgreSQL too)
 */

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 100_000);
const RUNS = 15;
const SCHEMA = 'bench_probe';

const CASES: Array<[string, EventFilters]> = [
  ['no filter', {}],
  ['type', { types: ['ASSAULT'] }],
  ['rare type', { types: ['RETREAT'] }],
  ['actor + dates', { actorCode: 'PRK', from: '2020-01-01', to: '2020-12-31' }],
  ['actor role', { actorCode: 'USA', role: 'actor' }],
  ['recipient', { recipientCode: 'JPN' }],
  ['place', { placeCode: 'RUS' }],
  ['place name', { placeName: 'sinpo' }],
  ['contradiction', { contradiction: true }],
  ['text', { text: 'satellite' }],
  ['text + type', { text: 'ceasefire', types: ['RETREAT'] }],
];

async function build(target: string, dialect: DialectName): Promise<void> {
  const connection = await openDatabase(target, dialect === 'postgres' ? { schema: SCHEMA } : {});
  const [row] = (await sql<{ n: number }>`select count(*) as n from events`.execute(connection.db)).rows;
  if (Number(row?.n ?? 0) < EVENTS) {
    const started = Date.now();
    await buildBenchData(connection.db, EVENTS, dialect);
    console.log(`${dialect}: built ${EVENTS} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await connection.db.destroy();
  // Re-open to migrate an existing file (a new migration runs on the cached data, as in production).
  await (await openDatabase(target, dialect === 'postgres' ? { schema: SCHEMA } : {})).db.destroy();
}

function connect(target: string, dialect: DialectName, log: (e: LogEvent) => void): Connection {
  if (dialect === 'sqlite') {
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(target) }),
      log,
    });
    return { db, dialect };
  }
  const pool = new pg.Pool({ connectionString: target, max: 2, options: `-c search_path=${SCHEMA}` });
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log }), dialect };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function probe(target: string, dialect: DialectName, plans: boolean): Promise<void> {
  await build(target, dialect);
  let captured: Array<{ sql: string; parameters: readonly unknown[] }> = [];
  const connection = connect(target, dialect, (e) => {
    if (e.level === 'query') captured.push({ sql: e.query.sql, parameters: e.query.parameters });
  });
  const store = createStore(connection, () => new Date());
  let page = await store.listEvents({}, { limit: 50 });
  for (let i = 2; i < 10 && page.nextCursor; i++)
    page = await store.listEvents({}, { limit: 50, cursor: page.nextCursor });
  const cases: Array<[string, EventFilters, string | null]> = [
    ...CASES.map(([l, f]): [string, EventFilters, string | null] => [l, f, null]),
    ['page 10 (cursor)', {}, page.nextCursor],
  ];
  console.log(`| ${dialect} | query | total | p50 ms | p95 ms |`);
  for (const [label, filters, cursor] of cases) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS + 2; i++) {
      captured = [];
      const started = performance.now();
      total = (await store.listEvents(filters, { limit: 50, cursor })).total;
      if (i >= 2) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(
      `| ${dialect} | ${label} | ${total} | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.95).toFixed(1)} |`,
    );
    if (plans) await explain(connection, captured.slice(0, 2));
  }
  await store.close();
}

async function explain(
  { db, dialect }: Connection,
  queries: Array<{ sql: string; parameters: readonly unknown[] }>,
): Promise<void> {
  for (const q of queries) {
    const prefix = dialect === 'sqlite' ? 'explain query plan ' : 'explain (analyze, costs off, timing off) ';
    const result = await db.executeQuery<Record<string, unknown>>({
      sql: prefix + q.sql,
      parameters: q.parameters,
      query: { kind: 'RawNode', sqlFragments: [], parameters: [] } as never,
      queryId: { queryId: 'explain' },
    });
    console.log(`    ${q.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
    for (const row of result.rows) console.log(`      ${String(row['detail'] ?? row['QUERY PLAN'])}`);
  }
}

const plans = process.argv.includes('--plans');
mkdirSync('.bench', { recursive: true });
await probe(`.bench/api-${EVENTS}.db`, 'sqlite', plans);
const url = process.env['DATABASE_URL'];
if (url) await probe(url, 'postgres', plans);
