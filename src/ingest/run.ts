import { stableStringify, writeLine } from '../cli/output.js';
import { stageVersions } from '../pipeline/stages.js';
import type { FetchOptions } from '../stages/fetch/index.js';
import { openStore } from '../store/index.js';
import { countItems } from './count.js';
import { ingestItems, type IngestSummary } from './loop.js';
import { inProcessPipeline, workerPipeline } from './pipeline-runner.js';
import { formatSummary, progressBar } from './progress.js';
import { sourceItems } from './sources/index.js';

export interface IngestOptions {
  sources: string[];
  /** SQLite file or postgres:// URL. */
  db: string;
  json: boolean;
  /** One JSON line per item on stdout as it is settled (the summary then goes to stderr). */
  items: boolean;
  fetchArticles: boolean;
  fetch: FetchOptions;
  /** Pipeline worker threads; 0 runs the pipeline in this thread. */
  jobs: number;
}

/** `sitroom ingest`: every source into the store; the summary at the end; exit 1 when an item failed. */
export async function runIngest(options: IngestOptions): Promise<{ summary: IngestSummary; code: number }> {
  const store = await openStore(options.db);
  const pipeline = options.jobs > 0 ? workerPipeline(options.jobs) : inProcessPipeline;
  try {
    const progress = progressBar(
      process.stderr,
      process.stderr.isTTY ? await countItems(options.sources) : null,
    );
    const items = sourceItems(options.sources, {
      store,
      fetch: options.fetch,
      fetchArticles: options.fetchArticles,
    });
    const summary = await ingestItems(items, {
      store,
      stageVersions,
      pipeline,
      onItem: async (outcome) => {
        progress.tick(outcome);
        if (options.items) await writeLine(process.stdout, stableStringify(outcome));
      },
    });
    progress.done();
    printSummary(summary, options);
    return { summary, code: summary.counts.failed > 0 ? 1 : 0 };
  } finally {
    await pipeline.close();
    await store.close();
  }
}

function printSummary(summary: IngestSummary, options: { json: boolean; items: boolean }): void {
  const text = options.json ? stableStringify({ summary }) : formatSummary(summary);
  if (options.items && !options.json) process.stderr.write(`${text}\n`);
  else process.stdout.write(`${text}\n`);
}
