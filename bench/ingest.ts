import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sharedDir } from '../src/core/paths.js';
import { ingestItems, type IngestSummary } from '../src/ingest/loop.js';
import { sourceItems } from '../src/ingest/sources/index.js';
import { processInput } from '../src/pipeline/run.js';
import { stageVersions } from '../src/pipeline/stages.js';
import { openDatabase, openStore, type EventStore } from '../src/store/index.js';

/**
 * `npm run bench -- ingest`: end-to-end ingest (read, extract with every wired stage, dedup, store) of
 * the corpora in ../shared/data, into a fresh SQLite file and, when DATABASE_URL is set, a fresh
 * PostgreSQL schema; then the same input again (the idempotent path); then the dedup figures.
 * One process, one core; the models are loaded before timing starts.
 */

const CORPORA = [
  { name: 'KCNA (JSONL)', path: ['kcna-nk-news-2024', 'kcna_selected.jsonl'] },
  { name: 'State Dept (JSONL)', path: ['usdos-press-korea-2021-2022', 'usdos_korea.jsonl'] },
  { name: 'benchmark HTML (folder)', path: ['article-extraction-benchmark', 'html'] },
] as const;

interface Row {
  dialect: string;
  corpus: string;
  summary: IngestSummary;
  storeSeconds: number;
}

/** The store with its ingest calls timed, to tell database time from extraction time. */
function timed(store: EventStore, clock: { seconds: number }): EventStore {
  return {
    ...store,
    ingest: async (input) => {
      const started = performance.now();
      try {
        return await store.ingest(input);
      } finally {
        clock.seconds += (performance.now() - started) / 1000;
      }
    },
  };
}

async function runCorpora(dialect: string, store: EventStore, rows: Row[], pass: string): Promise<void> {
  for (const corpus of CORPORA) {
    const clock = { seconds: 0 };
    const items = sourceItems([join(sharedDir(), 'data', ...corpus.path)], {
      store,
      fetch: {},
      fetchArticles: false,
    });
    const summary = await ingestItems(items, { store: timed(store, clock), stageVersions });
    rows.push({ dialect: `${dialect}${pass}`, corpus: corpus.name, summary, storeSeconds: clock.seconds });
  }
}

async function dedupFigures(target: string, schema?: string) {
  const { db } = await openDatabase(target, schema ? { schema } : {});
  const count = async (query: Promise<{ n: unknown } | undefined>) => Number((await query)?.n ?? 0);
  const n = db.fn.countAll().as('n');
  const figures = {
    'articles in': await count(
      db.selectFrom('ingest_items').select(n).where('status', '!=', 'failed').executeTakeFirst(),
    ),
    'unique articles': await count(
      db.selectFrom('articles').select(n).where('duplicate_of', 'is', null).executeTakeFirst(),
    ),
    'events (reports)': await count(db.selectFrom('event_reports').select(n).executeTakeFirst()),
    'canonical events': await count(db.selectFrom('events').select(n).executeTakeFirst()),
    'multi-report events': await count(
      db.selectFrom('events').select(n).where('report_count', '>', 1).executeTakeFirst(),
    ),
    contradictions: await count(
      db.selectFrom('events').select(n).where('contradiction', '=', 1).executeTakeFirst(),
    ),
  };
  await db.destroy();
  return figures;
}

async function benchDialect(dialect: 'sqlite' | 'postgres', rows: Row[]) {
  const dir = mkdtempSync(join(tmpdir(), 'sitroom-bench-'));
  const schema = `bench_${process.pid}`;
  const target = dialect === 'sqlite' ? join(dir, 'bench.db') : (process.env['DATABASE_URL'] ?? '');
  const options = dialect === 'postgres' ? { schema } : {};
  try {
    const store = await openStore(target, options);
    await runCorpora(dialect, store, rows, '');
    await runCorpora(dialect, store, rows, ' again');
    await store.close();
    return await dedupFigures(target, dialect === 'postgres' ? schema : undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (dialect === 'postgres') {
      const client = new pg.Client({ connectionString: target });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    }
  }
}

const pad = (rows: string[][]) => {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
};

export async function benchIngest(): Promise<void> {
  // Load the models (tagger, gazetteers) once, outside the timings.
  await processInput({
    text: 'Pyongyang, July 3 (KCNA) -- Kim Jong Un met the Russian ambassador on Monday.',
  });
  const rows: Row[] = [];
  const dialects: Array<'sqlite' | 'postgres'> = process.env['DATABASE_URL']
    ? ['sqlite', 'postgres']
    : ['sqlite'];
  const figures: Record<string, Record<string, number>> = {};
  for (const dialect of dialects) figures[dialect] = await benchDialect(dialect, rows);
  const table = [
    ['database', 'corpus', 'items', 'docs/s', 'store ms/doc', 'new', 'upd', 'dup', 'failed', 'events'],
  ];
  for (const { dialect, corpus, summary, storeSeconds } of rows) {
    const { counts } = summary;
    table.push([
      dialect,
      corpus,
      String(summary.items),
      (summary.items / summary.seconds).toFixed(1),
      ((storeSeconds * 1000) / Math.max(1, counts.new + counts.updated + counts.duplicate)).toFixed(2),
      String(counts.new),
      String(counts.updated),
      String(counts.duplicate),
      String(counts.failed),
      String(summary.events),
    ]);
  }
  console.log(pad(table));
  if (!process.env['DATABASE_URL']) console.log('\nPostgreSQL: skipped (set DATABASE_URL to include it)');
  console.log('\nDedup over the three corpora together:');
  const names = Object.keys(figures[dialects[0] ?? 'sqlite'] ?? {});
  console.log(
    pad([['', ...dialects], ...names.map((k) => [k, ...dialects.map((d) => String(figures[d]?.[k] ?? ''))])]),
  );
}
