import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { openDatabase } from './dialect.js';
import type { Database } from './schema.js';
import { dropSchema, DIALECTS, filler, testDocument, testEvent } from './test-dialects.js';
import type { IngestInput } from './repository.js';

const TABLES = [
  'raw_inputs',
  'articles',
  'article_bands',
  'events',
  'event_reports',
  'event_actors',
  'quotes',
  'messages',
  'ingest_items',
] as const;

/** Row counts of every table plus the ingest items themselves: what "changes nothing" compares. */
async function snapshot(db: Kysely<Database>) {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db.selectFrom(table).select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  const items = await db.selectFrom('ingest_items').selectAll().orderBy('source').execute();
  return { counts, items };
}

const item = (n: number, events = [testEvent()]): IngestInput => {
  const document = testDocument({ url: `https://example.com/${n}`, text: filler(n), events });
  return {
    source: `test/${n}`,
    raw: { content: document.text, contentType: 'text/plain' },
    document,
    stageVersions: { extract: 1 },
  };
};

for (const dialect of DIALECTS) {
  test(`[${dialect.name}] ingest: the same input again changes nothing`, { skip: dialect.skip }, async () => {
    const { target, schema } = dialect.target(':memory:');
    const conn = await openDatabase(target, schema ? { schema } : {});
    const { createStore } = await import('./sql-store.js');
    const store = createStore(conn, () => new Date('2024-01-20T00:00:00Z'));
    try {
      const first = await Promise.all([1, 2].map(async (n) => (await store.ingest(item(n))).status));
      assert.deepEqual(first, ['new', 'new']);
      const before = await snapshot(conn.db);
      assert.equal(before.counts['events'], 1, 'both reports support one event');
      const again = await store.ingest(item(1));
      assert.equal(again.status, 'duplicate');
      assert.deepEqual(await snapshot(conn.db), before);
    } finally {
      await store.close();
      if (schema) await dropSchema(target, schema);
    }
  });

  test(
    `[${dialect.name}] ingest: a failure mid-way stores nothing; the re-run stores it once`,
    { skip: dialect.skip },
    async () => {
      const { store, cleanup } = await dialect.open();
      try {
        // An event without evidence throws after the raw input and article rows were written.
        const broken = item(3, [{ ...testEvent(), evidence: undefined as never }]);
        await assert.rejects(store.ingest(broken));
        assert.equal((await store.searchArticles(filler(3).split(' ')[0] ?? '')).length, 0, 'rolled back');
        await store.recordFailure('test/3', null, 'events: evidence missing');
        const result = await store.ingest(item(3));
        assert.equal(result.status, 'new');
        assert.equal((await store.saveRaw(item(3).raw)).created, false, 'raw input kept once');
        assert.equal((await store.listEvents()).total, 1);
      } finally {
        await cleanup();
      }
    },
  );

  test(
    `[${dialect.name}] ingest: two processes at once, then a killed run resumed`,
    { skip: dialect.skip },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sitroom-store-'));
      const { target, schema } = dialect.target(join(dir, 'events.db'));
      try {
        // Overlapping ranges: documents 10..19 are ingested by both processes at the same time.
        const [a, b] = await Promise.all([
          runWorker(target, schema, 0, 20),
          runWorker(target, schema, 10, 30),
        ]);
        for (const run of [a, b]) {
          assert.equal(run.code, 0, run.stderr);
          assert.doesNotMatch(run.stderr, /database is locked|SQLITE_BUSY/);
        }
        const killed = await runWorker(target, schema, 30, 60, 3);
        assert.ok(killed.code !== 0 && killed.lines < 30, `killed after ${killed.lines} documents`);
        const resumed = await runWorker(target, schema, 30, 60);
        assert.equal(resumed.code, 0, resumed.stderr);
        const conn = await openDatabase(target, schema ? { schema } : {});
        const { counts } = await snapshot(conn.db);
        await conn.db.destroy();
        const stored = 60;
        assert.equal(counts['articles'], stored, 'every document exactly once');
        assert.equal(counts['ingest_items'], stored);
        assert.equal(counts['event_reports'], stored);
        assert.equal(counts['events'], 10, 'one canonical event per day');
      } finally {
        if (schema) await dropSchema(target, schema);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
}

const WORKER = fileURLToPath(new URL('./__fixtures__/ingest-worker.ts', import.meta.url));

/** Run the worker; with `killAfter`, SIGKILL it once that many documents were committed. */
function runWorker(target: string, schema: string | null, from: number, to: number, killAfter?: number) {
  const child = spawn(process.execPath, [
    '--import',
    'tsx',
    WORKER,
    target,
    schema ?? '-',
    String(from),
    String(to),
  ]);
  let lines = 0;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    lines += chunk.toString().split('\n').filter(Boolean).length;
    if (killAfter !== undefined && lines >= killAfter) child.kill('SIGKILL');
  });
  return new Promise<{ code: number | null; stderr: string; lines: number }>((resolve) =>
    child.on('close', (code) => resolve({ code, stderr, lines })),
  );
}
