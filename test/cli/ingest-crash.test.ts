import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { repoDir } from '../../src/core/paths.js';
import { openDatabase } from '../../src/store/index.js';
import { SITROOM_BIN, tempDir } from './run-cli.js';
import { syntheticJsonl } from './synthetic-news.js';

const tmp = tempDir();
after(tmp.remove);

const DOCUMENTS = 1000;
const KILL_AFTER = 500;
/** A generous bound for one run of 1,000 short documents on a busy two-core machine. */
const RUN_LIMIT_MS = 600_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  lines: string[];
}

/** `sitroom ingest --items` in a child process; with `killAfter`, SIGKILL once that many items were stored. */
function ingest(args: string[], killAfter?: number): Promise<Run> {
  const child = spawn(process.execPath, [SITROOM_BIN, 'ingest', '--items', ...args], { cwd: repoDir() });
  const run: Run = { code: null, signal: null, stderr: '', lines: [] };
  let pending = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (run.stderr += s));
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    const parts = (pending + s).split('\n');
    pending = parts.pop() ?? '';
    run.lines.push(...parts.filter(Boolean));
    if (killAfter !== undefined && run.lines.length >= killAfter) child.kill('SIGKILL');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), RUN_LIMIT_MS);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ ...run, code, signal });
    }),
  );
}

const statuses = (run: Run) => run.lines.map((l) => (JSON.parse(l) as { status: string }).status);

/** Every stored article once, and every event report it extracted stored and counted by its event. */
async function checkStore(file: string, expected: number) {
  const { db } = await openDatabase(file);
  try {
    const articles = await db.selectFrom('articles').select(['id', 'document']).execute();
    const items = await db.selectFrom('ingest_items').select(['source', 'status']).execute();
    const reports = await db.selectFrom('event_reports').select(['article_id', 'event_id']).execute();
    const events = await db.selectFrom('events').select(['id', 'report_count']).execute();
    assert.equal(articles.length, expected, 'every document stored exactly once');
    assert.equal(new Set(items.map((i) => i.source)).size, expected, 'one ingest item per record');
    assert.ok(
      items.every((i) => i.status === 'new'),
      'no item failed or was counted twice',
    );
    const perArticle = new Map<string, number>();
    for (const r of reports) perArticle.set(r.article_id, (perArticle.get(r.article_id) ?? 0) + 1);
    for (const a of articles) {
      const extracted = (JSON.parse(a.document) as { events: unknown[] }).events.length;
      assert.equal(perArticle.get(a.id) ?? 0, extracted, `every event of ${a.id} stored`);
    }
    const perEvent = new Map<string, number>();
    for (const r of reports) perEvent.set(r.event_id, (perEvent.get(r.event_id) ?? 0) + 1);
    for (const e of events)
      assert.equal(e.report_count, perEvent.get(e.id) ?? 0, `event ${e.id} counts its reports`);
    return { reports: reports.length, events: events.length };
  } finally {
    await db.destroy();
  }
}

test('an ingest of 1,000 documents killed half-way and re-run stores each exactly once, events intact', async () => {
  const input = join(tmp.dir, 'news.jsonl');
  writeFileSync(input, syntheticJsonl(DOCUMENTS));
  const db = join(tmp.dir, 'crash.db');
  const killed = await ingest([input, '--db', db], KILL_AFTER);
  assert.equal(killed.signal, 'SIGKILL', killed.stderr);
  assert.ok(
    killed.lines.length >= KILL_AFTER && killed.lines.length < DOCUMENTS,
    `killed at ${killed.lines.length}`,
  );
  const resumed = await ingest([input, '--db', db]);
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.equal(resumed.lines.length, DOCUMENTS);
  const again = statuses(resumed);
  assert.ok(again.filter((s) => s === 'duplicate').length >= KILL_AFTER, 'what was committed is not redone');
  assert.equal(
    again.filter((s) => s === 'new').length + again.filter((s) => s === 'duplicate').length,
    DOCUMENTS,
  );
  const { reports } = await checkStore(db, DOCUMENTS);
  assert.ok(reports > 0, 'the documents yield events');
});

test('two ingests at once on one SQLite file both finish, without "database is locked"', async () => {
  const first = join(tmp.dir, 'first.jsonl');
  const second = join(tmp.dir, 'second.jsonl');
  // The same 40 records in both files (keyed by file, so one article each), plus 20 of their own.
  writeFileSync(first, syntheticJsonl(60, 2000));
  writeFileSync(second, syntheticJsonl(60, 2020));
  const db = join(tmp.dir, 'both.db');
  const runs = await Promise.all([ingest([first, '--db', db]), ingest([second, '--db', db])]);
  for (const run of runs) {
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /database is locked|SQLITE_BUSY/);
    assert.equal(run.lines.length, 60);
  }
  const { db: conn } = await openDatabase(db);
  const articles = await conn.selectFrom('articles').select('id').execute();
  await conn.destroy();
  assert.equal(articles.length, 80, 'the 40 shared records are stored once');
});
