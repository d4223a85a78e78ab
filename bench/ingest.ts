import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Document } from '../src/core/document.js';
import { sharedDir } from '../src/core/paths.js';
import { ingestItems } from '../src/ingest/loop.js';
import { INPUTS_PER_START, workerPipeline, type PipelineRunner } from '../src/ingest/pipeline-runner.js';
import { sourceItems } from '../src/ingest/sources/index.js';
import { emptyTimings } from '../src/ingest/timings.js';
import { processInput } from '../src/pipeline/run.js';
import type { RawInput as PipelineInput } from '../src/stages/extract/index.js';
import { stageVersions } from '../src/pipeline/stages.js';
import { fingerprint } from '../src/store/articles.js';
import { openDatabase, openStore, type EventStore } from '../src/store/index.js';
import { passTable, splitTable, type Pass } from './ingest-report.js';
import { table } from './table.js';

/**
 * `npm run bench -- ingest`: end-to-end ingest (read, extract with every wired stage, dedup, store) of
 * the corpora in ../shared/data, into a fresh SQLite file and, when DATABASE_URL is set, a fresh
 * PostgreSQL schema: first with the pipeline in this thread (one core; the per-core figure), then the
 * same input again (the idempotent path), then into another fresh database with one pipeline worker per
 * core. docs/s is wall time; docs/cpu-s counts this process's CPU in every thread (not the PostgreSQL
 * server's). The split tells pipeline from store (and dedup) from reading and hashing. Models are
 * loaded before timing starts; the load average is printed, since the machine is shared.
 */

const CORPORA = [
  { name: 'KCNA (JSONL)', path: ['kcna-nk-news-2024', 'kcna_selected.jsonl'] },
  { name: 'State Dept (JSONL)', path: ['usdos-press-korea-2021-2022', 'usdos_korea.jsonl'] },
  { name: 'benchmark HTML (folder)', path: ['article-extraction-benchmark', 'html'] },
] as const;

/** Documents of each corpus run before timing: the models load and the JIT compiles the hot paths. */
const WARM_UP_DOCS = 10;

/** The first WARM_UP_DOCS inputs of each corpus (read through a throwaway store: sources may ask one). */
async function warmUpInputs(): Promise<PipelineInput[]> {
  const store = await openStore(':memory:');
  const inputs: PipelineInput[] = [];
  for (const corpus of CORPORA) {
    const ctx = { store, fetch: {}, fetchArticles: false };
    let taken = 0;
    for await (const item of sourceItems([join(sharedDir(), 'data', ...corpus.path)], ctx)) {
      if (item.kind === 'input') inputs.push(item.input);
      if (++taken >= WARM_UP_DOCS) break;
    }
  }
  await store.close();
  return inputs;
}

type Dialect = 'sqlite' | 'postgres';

async function runCorpora(
  dialect: Dialect,
  store: EventStore,
  pipeline: { name: string; runner: PipelineRunner },
  passes: Pass[],
): Promise<void> {
  for (const corpus of CORPORA) {
    const items = sourceItems([join(sharedDir(), 'data', ...corpus.path)], {
      store,
      fetch: {},
      fetchArticles: false,
    });
    const timings = emptyTimings();
    const cpu = process.cpuUsage();
    const summary = await ingestItems(items, { store, stageVersions, pipeline: pipeline.runner, timings });
    const used = process.cpuUsage(cpu);
    passes.push({
      dialect,
      pipeline: pipeline.name,
      corpus: corpus.name,
      summary,
      cpuMs: (used.user + used.system) / 1000,
      timings,
    });
  }
}

/** The pipeline in this thread, keeping each document for the fingerprint timing. */
function oneCore(documents: Document[]): { name: string; runner: PipelineRunner } {
  const run = async (input: Parameters<typeof processInput>[0]) => {
    const document = await processInput(input);
    documents.push(document);
    return document;
  };
  return { name: '1 core', runner: { parallelism: 0, run, close: async () => undefined } };
}

/** CPU ms per document of the dedup fingerprints (normalized-text hash, shingles, MinHash band keys). */
function fingerprintMs(documents: readonly Document[]): number {
  const cpu = process.cpuUsage();
  for (const document of documents) fingerprint({ rawId: null, document, stageVersions });
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000 / Math.max(1, documents.length);
}

/** A fresh database of `dialect`; `drop` removes it. */
async function freshStore(dialect: Dialect, name: string) {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sitroom-bench-'));
    const target = join(dir, 'bench.db');
    return {
      store: await openStore(target),
      target,
      schema: undefined,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const target = process.env['DATABASE_URL'] ?? '';
  const schema = `bench_${process.pid}_${name}`;
  const drop = async () => {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  };
  return { store: await openStore(target, { schema }), target, schema, drop };
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

interface DialectResult {
  figures: Record<string, number>;
  fingerprintMs: number;
}

async function benchDialect(
  dialect: Dialect,
  passes: Pass[],
  workers: PipelineRunner,
): Promise<DialectResult> {
  // One core, then the same input again (nothing to extract), into one database.
  const single = await freshStore(dialect, 'one');
  const documents: Document[] = [];
  let result: DialectResult;
  try {
    await runCorpora(dialect, single.store, oneCore(documents), passes);
    await runCorpora(dialect, single.store, { name: '1 core, again', runner: oneCore([]).runner }, passes);
    await single.store.close();
    result = {
      figures: await dedupFigures(single.target, single.schema),
      fingerprintMs: fingerprintMs(documents),
    };
  } finally {
    await single.drop();
  }
  // Every core: the pipeline in workers, the reading and storing in this thread, into a fresh database.
  const many = await freshStore(dialect, 'many');
  try {
    await runCorpora(
      dialect,
      many.store,
      { name: `${workers.parallelism} workers`, runner: workers },
      passes,
    );
    await many.store.close();
  } finally {
    await many.drop();
  }
  return result;
}

export async function benchIngest(): Promise<void> {
  const cores = availableParallelism();
  // Load the models (tagger, gazetteers) and warm the JIT, here and in every worker, outside the
  // timings (else the first dialect's pipeline pays for compiling it). The pool grows by one worker per
  // INPUTS_PER_START inputs, so it gets enough to start every worker.
  const warmUp = await warmUpInputs();
  for (const input of warmUp) await processInput(input);
  const workers = workerPipeline(cores);
  const workerWarmUp = Array.from(
    { length: Math.max(INPUTS_PER_START, warmUp.length) * cores },
    (_, i) => warmUp[i % warmUp.length],
  );
  await Promise.all(workerWarmUp.map((input) => (input ? workers.run(input) : null)));
  const dialects: Dialect[] = process.env['DATABASE_URL'] ? ['sqlite', 'postgres'] : ['sqlite'];
  const passes: Pass[] = [];
  const results: Partial<Record<Dialect, DialectResult>> = {};
  try {
    for (const dialect of dialects) results[dialect] = await benchDialect(dialect, passes, workers);
  } finally {
    await workers.close();
  }
  console.log(
    `${cores} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  console.log(passTable(passes));
  if (!process.env['DATABASE_URL']) console.log('\nPostgreSQL: skipped (set DATABASE_URL to include it)');
  console.log('\nWhere the time goes, per document extracted (one-core passes, all corpora):');
  const fingerprints = Object.fromEntries(dialects.map((d) => [d, results[d]?.fingerprintMs ?? 0]));
  console.log(
    splitTable(
      passes.filter((p) => p.pipeline === '1 core'),
      fingerprints,
    ),
  );
  console.log('\nDedup over the three corpora together:');
  const names = Object.keys(results[dialects[0] ?? 'sqlite']?.figures ?? {});
  console.log(
    table([
      ['', ...dialects],
      ...names.map((k) => [k, ...dialects.map((d) => String(results[d]?.figures[k] ?? ''))]),
    ]),
  );
}
