import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/api/server.js';
import { openDatabase } from '../src/store/dialect.js';
import { openStore } from '../src/store/index.js';
import { uniqueSchema } from '../src/store/test-dialects.js';
import { buildBenchData } from './api-data.js';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 100_000);
/** Bounded load: 10 connections for 5 s per query, loopback only. */
const CONNECTIONS = 10;
const SECONDS = 5;

/** Event-list latency under concurrent load at 100,000 events (issue 5: p95 < 50 ms), per dialect. */
export async function benchApi(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitroom-bench-'));
  try {
    await benchDialect('sqlite', join(dir, 'bench.db'), {});
    const url = process.env['DATABASE_URL'];
    if (url) await benchDialect('postgres', url, { schema: uniqueSchema() });
    else console.log('postgres: skipped (DATABASE_URL not set)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchDialect(name: string, target: string, options: { schema?: string }): Promise<void> {
  const started = Date.now();
  const connection = await openDatabase(target, options);
  await buildBenchData(connection.db, EVENTS);
  await connection.db.destroy();
  console.log(`${name}: built ${EVENTS} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const store = await openStore(target, options);
  const server = await startServer({
    store,
    host: '127.0.0.1',
    port: 0,
    access: { writeToken: null, readToken: null },
  });
  try {
    const base = `${server.url}/api/v1/events`;
    const page = (await (await fetch(`${base}?limit=50`)).json()) as { nextCursor: string };
    let cursor = page.nextCursor;
    for (let i = 2; i < 10; i++) {
      cursor = ((await (await fetch(`${base}?limit=50&cursor=${cursor}`)).json()) as { nextCursor: string })
        .nextCursor;
    }
    const queries: Array<[string, string]> = [
      ['no filter', ''],
      ['type', 'type=ASSAULT'],
      ['actor + dates', 'actor=PRK&from=2020-01-01&to=2020-12-31'],
      ['text', 'q=satellite'],
      ['page 10 (cursor)', `cursor=${cursor}`],
    ];
    console.log(`| ${name} | query | p50 ms | p95 ms | p99 ms | req/s |`);
    for (const [label, query] of queries) {
      const result = await autocannon({
        url: `${base}?${query}`,
        connections: CONNECTIONS,
        duration: SECONDS,
      });
      const l = result.latency as typeof result.latency & { p95?: number };
      console.log(
        `| ${name} | ${label} | ${l.p50} | ${l.p95 ?? l.p97_5} | ${l.p99} | ${Math.round(result.requests.average)} |`,
      );
    }
  } finally {
    await server.close();
    if (options.schema) {
      const { dropSchema } = await import('../src/store/test-dialects.js');
      await store.close();
      await dropSchema(target, options.schema);
    } else await store.close();
  }
}
