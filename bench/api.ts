import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/store/dialect.js';
import { buildBenchData } from './api-data.js';
import { runLoad, startServerProcess, type LoadOptions } from './api-load.js';
import { backendCpu, cpuBetween } from './api-pg-cpu.js';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 100_000);
/** Bounded load, loopback only: 10 connections for 5 s per query shape (each after a 2 s warm-up). */
const LOAD: LoadOptions = {
  connections: Number(process.env['BENCH_CONNECTIONS'] ?? 10),
  seconds: Number(process.env['BENCH_SECONDS'] ?? 5),
};
/** The PostgreSQL server to bench on; the bench makes its own database there and drops it after. */
const POSTGRES_URL =
  process.env['BENCH_DATABASE_URL'] ??
  process.env['DATABASE_URL'] ??
  'postgres://postgres@127.0.0.1:5432/test';
const POSTGRES_DATABASE = 'sitroom_bench_api';
/** How deep the cursor page is: page 200 starts 9,950 events down the newest-first list. */
const DEEP_PAGE = 200;

/**
 * Event-list latency under concurrent load at 100,000 events (issue 5: p95 < 50 ms), on SQLite and on
 * PostgreSQL: the server runs in a child process, autocannon here, and each query shape gets the same
 * bounded run. Besides latency the table gives the server's CPU time per request, which the other work
 * on a shared machine does not inflate, and the load average after each run, which says how shared it was.
 */
export async function benchApi(): Promise<void> {
  console.log(
    `api bench: ${EVENTS} events, ${LOAD.connections} connections × ${LOAD.seconds} s per query, ` +
      `${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'sitroom-bench-'));
  try {
    await benchDialect('sqlite', join(dir, 'bench.db'), LOAD);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const admin = await adminClient(POSTGRES_URL);
  if (!admin) {
    console.log(`postgres: skipped (no server at ${POSTGRES_URL})`);
    return;
  }
  try {
    await admin.query(`drop database if exists ${POSTGRES_DATABASE} with (force)`);
    await admin.query(`create database ${POSTGRES_DATABASE}`);
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${POSTGRES_DATABASE}`;
    // The server process's CPU misses the queries' own work on PostgreSQL: its backends' is added.
    let sample = await backendCpu(admin, POSTGRES_DATABASE);
    const databaseCpuMs = async () => {
      const next = await backendCpu(admin, POSTGRES_DATABASE);
      const ms = cpuBetween(sample, next);
      sample = next;
      return ms;
    };
    await benchDialect('postgres', url.toString(), { ...LOAD, databaseCpuMs });
  } finally {
    await admin.query(`drop database if exists ${POSTGRES_DATABASE} with (force)`);
    await admin.end();
  }
}

async function adminClient(url: string): Promise<pg.Client | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return client;
  } catch {
    return null;
  }
}

async function benchDialect(name: string, target: string, load: LoadOptions): Promise<void> {
  const started = Date.now();
  const connection = await openDatabase(target);
  await buildBenchData(connection.db, EVENTS, connection.dialect);
  await connection.db.destroy();
  console.log(`${name}: built ${EVENTS} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const server = await startServerProcess(target);
  try {
    const base = `${server.url}/api/v1/events`;
    const shapes: Array<[string, string]> = [
      ['unfiltered', ''],
      ['type', 'type=ASSAULT'],
      ['actor', 'actor=USA'],
      ['date interval', 'from=2020-01-01&to=2020-03-31'],
      ['free text', 'q=satellite'],
      // A common word with a rare type: 78 events, which the text's 9,600 articles must not drive.
      ['free text + type', 'q=ceasefire&type=RETREAT'],
      ['contradiction', 'contradiction=true'],
      [`page ${DEEP_PAGE} (cursor)`, `cursor=${await deepCursor(base, DEEP_PAGE)}`],
    ];
    console.log(
      `| ${name} | query | p50 ms | p95 ms | p99 ms | req/s | server CPU ms/req | PostgreSQL CPU ms/req | ` +
        'load gen. CPU ms/req | load avg |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const [label, query] of shapes) {
      const r = await runLoad(server, `${base}?${query}`, load);
      const errors = r.errors ? ` (${r.errors} errors)` : '';
      console.log(
        `| ${name} | ${label}${errors} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ` +
          `${Math.round(r.perSecond)} | ${r.cpuPerRequestMs.toFixed(2)} | ` +
          `${r.databaseCpuPerRequestMs?.toFixed(2) ?? '–'} | ${r.clientCpuPerRequestMs.toFixed(2)} | ` +
          `${r.load.toFixed(2)} |`,
      );
    }
  } finally {
    await server.close();
  }
}

/** The cursor of page `n` of the unfiltered list, walked page by page as a client would. */
async function deepCursor(base: string, n: number): Promise<string> {
  let cursor = '';
  for (let i = 1; i < n; i++) {
    const response = await fetch(`${base}?${cursor ? `cursor=${cursor}` : ''}`);
    cursor = ((await response.json()) as { nextCursor: string }).nextCursor;
  }
  return cursor;
}
