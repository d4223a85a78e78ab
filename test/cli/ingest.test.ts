import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openDatabase } from '../../src/store/index.js';
import { runCli, tempDir } from './run-cli.js';
import { syntheticJsonl, syntheticRecord } from './synthetic-news.js';

const tmp = tempDir();
after(tmp.remove);

interface Summary {
  items: number;
  counts: Record<'new' | 'duplicate' | 'updated' | 'failed', number>;
  events: number;
  failures: Array<{ source: string; reason: string }>;
}
interface Outcome {
  source: string;
  status: string;
  reason: string;
}

const summaryOf = (stdout: string) => (JSON.parse(stdout) as { summary: Summary }).summary;
const outcomesOf = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Outcome);

async function tableCounts(db: string): Promise<Record<string, number>> {
  const { db: conn } = await openDatabase(db);
  const counts: Record<string, number> = {};
  for (const table of ['raw_inputs', 'articles', 'event_reports', 'events', 'ingest_items'] as const) {
    const row = await conn.selectFrom(table).select(conn.fn.countAll().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  await conn.destroy();
  return counts;
}

describe('sitroom ingest: files, folders and JSON Lines', () => {
  const folder = join(tmp.dir, 'inbox');
  const db = join(tmp.dir, 'files.db');
  before(() => {
    mkdirSync(join(folder, 'nested'), { recursive: true });
    const { title, text } = syntheticRecord(1);
    writeFileSync(
      join(folder, 'page.html'),
      `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${text
        .split('\n')
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`,
    );
    writeFileSync(join(folder, 'nested', 'story.txt'), syntheticRecord(2).text);
    const lines = syntheticJsonl(3, 10).split('\n');
    lines.splice(1, 0, '{"id": "broken", "text": ');
    writeFileSync(join(folder, 'nested', 'batch.jsonl'), lines.join('\n'));
    writeFileSync(join(folder, 'SOURCE.md'), 'notes, not an article');
  });

  test('a folder, recursively: every file and line gets a status; the bad line is named by number', async () => {
    const { code, stdout, stderr } = await runCli(['ingest', folder, '--db', db, '--json']);
    assert.equal(code, 1, 'exit 1: one item failed');
    const summary = summaryOf(stdout);
    assert.deepEqual(summary.counts, { new: 5, duplicate: 0, updated: 0, failed: 1 }, stderr);
    assert.match(summary.failures[0]?.reason ?? '', /line 2 is not JSON.*\[ingest\/bad-record\]/);
    assert.ok(summary.events > 0, 'events were extracted');
  });

  test('the same folder again changes nothing', async () => {
    const before = await tableCounts(db);
    const { stdout } = await runCli(['ingest', folder, '--db', db, '--items']);
    const outcomes = outcomesOf(stdout);
    assert.equal(outcomes.length, 6);
    assert.deepEqual(
      outcomes.filter((o) => o.status !== 'failed').map((o) => o.reason),
      Array(5).fill('ingest/seen'),
    );
    assert.deepEqual(await tableCounts(db), before);
  });

  test('a plain summary off a terminal: no progress bar, no ANSI', async () => {
    const { stdout, stderr } = await runCli(['ingest', join(folder, 'page.html'), '--db', db]);
    assert.match(stdout, /^1 items in .*0 new, 1 duplicate, 0 updated, 0 failed/);
    assert.ok(!stderr.includes('\u001b[') && !stdout.includes('\u001b['));
  });

  test('reprocess re-runs articles of older stage versions; canonical event ids stay', async () => {
    const { db: conn } = await openDatabase(db);
    const eventsBefore = (await conn.selectFrom('events').select('id').orderBy('id').execute()).map(
      (e) => e.id,
    );
    await conn.updateTable('articles').set({ stage_versions: '{"extract":0}' }).execute();
    await conn.destroy();
    const first = await runCli(['reprocess', '--db', db, '--json']);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(summaryOf(first.stdout).counts, { new: 0, duplicate: 0, updated: 5, failed: 0 });
    const { db: after } = await openDatabase(db);
    const eventsAfter = (await after.selectFrom('events').select('id').orderBy('id').execute()).map(
      (e) => e.id,
    );
    await after.destroy();
    assert.deepEqual(eventsAfter, eventsBefore);
    const second = await runCli(['reprocess', '--db', db, '--json']);
    assert.equal(summaryOf(second.stdout).items, 0, 'nothing stale is left');
  });
});

/** A feed server: ETag validators on /etag.xml, none on /plain.xml, an article page, and a feed that hangs. */
function feedServer() {
  const seen: Array<{ path: string; ifNoneMatch: string | null }> = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '';
    seen.push({ path, ifNoneMatch: req.headers['if-none-match'] ?? null });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (path === '/slow.xml') return; // never answers: the client's timeout must end it
    if (path === '/article/2') {
      const { title, text } = syntheticRecord(21);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(
        `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${text.replace(/\n/g, '</p><p>')}</p></article></body></html>`,
      );
    }
    if (path === '/etag.xml' && req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304);
      return res.end();
    }
    if (path === '/etag.xml' || path === '/plain.xml') {
      res.writeHead(200, {
        'content-type': 'application/rss+xml',
        ...(path === '/etag.xml' ? { etag: '"v1"' } : {}),
      });
      return res.end(rss(base, path === '/etag.xml' ? 20 : 30));
    }
    res.writeHead(404);
    res.end();
  });
  return { server, seen };
}

function rss(base: string, n: number): string {
  const full = syntheticRecord(n);
  const teaser = syntheticRecord(n + 1);
  const body = full.text
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
<item><title>${full.title}</title><link>${base}/article/1?n=${n}</link><guid>${full.id}</guid><pubDate>Mon, 01 Jul 2024 10:00:00 GMT</pubDate><content:encoded><![CDATA[${body}]]></content:encoded></item>
<item><title>${teaser.title}</title><link>${base}/article/2</link><guid>${teaser.id}</guid><description>A teaser.</description></item>
</channel></rss>`;
}

describe('sitroom ingest: feeds', () => {
  const { server, seen } = feedServer();
  let base = '';
  const db = join(tmp.dir, 'feeds.db');
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.closeAllConnections() ?? server.close());
  const ingest = (...urls: string[]) =>
    runCli([
      'ingest',
      ...urls.map((u) => base + u),
      '--db',
      db,
      '--allow-private',
      '--timeout',
      '1500',
      '--items',
    ]);

  test('first fetch: items stored, the teaser item through its page; a hanging feed fails and the rest go in', async () => {
    const { code, stdout, stderr } = await ingest('/slow.xml', '/etag.xml', '/plain.xml');
    assert.equal(code, 1, stderr);
    const outcomes = outcomesOf(stdout);
    assert.deepEqual(
      outcomes.map((o) => [o.source.replace(base, ''), o.status]),
      [
        ['/slow.xml', 'failed'],
        ['/etag.xml#syn-20', 'new'],
        ['/etag.xml#syn-21', 'new'],
        ['/plain.xml#syn-30', 'new'],
        ['/plain.xml#syn-31', 'duplicate'],
      ],
      stderr,
    );
    assert.match(outcomes[0]?.reason ?? '', /\[fetch\/timeout\]/);
    assert.ok(
      seen.some((s) => s.path === '/article/2'),
      'the teaser item was fetched',
    );
    assert.equal(seen.find((s) => s.path === '/etag.xml')?.ifNoneMatch, null);
  });

  test('second fetch: 304 with If-None-Match, and an unchanged body skipped', async () => {
    seen.length = 0;
    const { stdout } = await ingest('/etag.xml', '/plain.xml');
    assert.deepEqual(
      outcomesOf(stdout).map((o) => [o.source.replace(base, ''), o.status, o.reason]),
      [
        ['/etag.xml', 'duplicate', 'ingest/not-modified'],
        ['/plain.xml', 'duplicate', 'ingest/unchanged-body'],
      ],
    );
    assert.equal(seen.find((s) => s.path === '/etag.xml')?.ifNoneMatch, '"v1"');
    assert.ok(!seen.some((s) => s.path.startsWith('/article/')), 'no page fetched again');
  });
});
