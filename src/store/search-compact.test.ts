import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from './dialect.js';
import { openStore } from './sql-store.js';
import { filler, testDocument } from './test-dialects.js';

const segments = async (file: string) => {
  const { db } = await openDatabase(file);
  const [row] = (await sql<{ n: number }>`select count(distinct segid) as n from article_fts_idx`.execute(db))
    .rows;
  await db.destroy();
  return Number(row?.n);
};

test('[sqlite] a store that wrote leaves its full-text index merged when it closes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitroom-fts-'));
  const file = join(dir, 'events.db');
  try {
    const store = await openStore(file);
    // One transaction per article, as an ingest commits them: each adds a segment to the index.
    for (let i = 0; i < 12; i++) {
      const document = testDocument({ url: `https://example.com/${i}`, text: `satellite ${filler(i)}` });
      await store.upsertArticle({ rawId: null, document, stageVersions: {} });
    }
    const before = await segments(file);
    assert.ok(before > 1, `expected several segments before compaction, got ${before}`);
    await store.close();
    assert.equal(await segments(file), 1);
    const reopened = await openStore(file);
    assert.equal((await reopened.searchArticles('satellite', 50)).length, 12);
    await reopened.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('[sqlite] a store leaves no planner statistics of the full-text index tables when it closes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitroom-fts-'));
  const file = join(dir, 'events.db');
  const searchStatistics = async () => {
    const { db } = await openDatabase(file);
    const rows = await sql<{
      tbl: string;
    }>`select tbl from sqlite_stat1 where tbl like 'article_fts%'`.execute(db);
    await db.destroy();
    return rows.rows.map((r) => r.tbl);
  };
  try {
    const store = await openStore(file);
    for (let i = 0; i < 3; i++) {
      const document = testDocument({ url: `https://example.com/${i}`, text: `satellite ${filler(i)}` });
      await store.upsertArticle({ rawId: null, document, stageVersions: {} });
    }
    await store.close();
    // An operator's analyze measures every table, the index's own included.
    const { db } = await openDatabase(file);
    await sql`analyze`.execute(db);
    await db.destroy();
    assert.ok((await searchStatistics()).length > 0, 'analyze measured the index tables');
    const reopened = await openStore(file);
    assert.equal((await reopened.searchArticles('satellite', 50)).length, 3);
    await reopened.close();
    assert.deepEqual(await searchStatistics(), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
