import type { Document } from '../core/document.js';
import type { RawInput as PipelineInput } from '../stages/extract/index.js';
import { sha256Hex } from '../stages/dedup/index.js';
import type { EventStore, IngestStatus, RawInput as StoredInput } from '../store/index.js';
import { BatchWriter, type Settled } from './batch.js';
import type { IngestItem, ItemOutcome } from './item.js';
import { inProcessPipeline, type PipelineRunner } from './pipeline-runner.js';
import { timePhase, type Timings } from './timings.js';

export interface LoopOptions {
  store: EventStore;
  stageVersions: Record<string, number>;
  /** Called for each item once it is stored (or recorded as failed), in input order. */
  onItem?: (outcome: ItemOutcome) => void | Promise<void>;
  /** Where the pipeline runs: this thread by default, or worker threads (pipeline-runner.ts). */
  pipeline?: PipelineRunner;
  /** Documents stored per write transaction. */
  batchSize?: number;
  /** Filled with the time spent per phase (the bench's split). */
  timings?: Timings;
}

export interface IngestSummary {
  items: number;
  counts: Record<IngestStatus, number>;
  /** Reports stored for new and updated articles. */
  events: number;
  seconds: number;
  failures: Array<{ source: string; reason: string }>;
}

/** Documents per write transaction: a commit every 32 documents costs little next to extracting them. */
export const BATCH_SIZE = 32;

/** An item on its way: settled already, or waiting for the pipeline. */
type InFlight =
  | Settled
  | {
      kind: 'work';
      source: string;
      group?: string | undefined;
      raw: StoredInput;
      input: PipelineInput;
      /** Started at once when the pipeline runs in workers; in this thread it starts when settled. */
      document: Promise<Document | Error> | null;
    };

/**
 * The one ingest loop (`sitroom ingest`, `reprocess`, `POST /ingest`): each item is checked against the
 * store (an input stored by the same stage versions is not extracted again), extracted, and stored in
 * input order, a batch of documents per transaction, so a killed run keeps every committed batch and a
 * re-run skips it. With worker threads, several items are extracted at once while earlier ones are
 * stored. One bad item is a `failed` status with its reason; the loop goes on.
 */
export async function ingestItems(
  items: AsyncIterable<IngestItem>,
  options: LoopOptions,
): Promise<IngestSummary> {
  const started = performance.now();
  const { timings } = options;
  const pipeline = options.pipeline ?? inProcessPipeline;
  const summary: IngestSummary = {
    items: 0,
    counts: { new: 0, duplicate: 0, updated: 0, failed: 0 },
    events: 0,
    seconds: 0,
    failures: [],
  };
  const writer = new BatchWriter({
    store: options.store,
    batchSize: options.batchSize ?? BATCH_SIZE,
    timings,
    onOutcome: async (outcome) => {
      tally(summary, outcome);
      await options.onItem?.(outcome);
    },
  });
  // Four items per worker in flight keep each busy while this thread writes a batch (32 documents at
  // ~5 ms each is about what four extractions take).
  const window: InFlight[] = [];
  const limit = Math.max(1, 4 * pipeline.parallelism);
  const iterator = items[Symbol.asyncIterator]();
  for (;;) {
    const next = await timePhase(timings, 'read', () => iterator.next());
    if (next.done) break;
    window.push(await timePhase(timings, 'check', () => dispatch(next.value, options, pipeline)));
    while (window.length >= limit) await writer.add(await settle(window.shift(), options, pipeline));
  }
  while (window.length > 0) await writer.add(await settle(window.shift(), options, pipeline));
  await writer.flush();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** First look at an item: settled at once unless its input needs extracting. */
async function dispatch(item: IngestItem, options: LoopOptions, pipeline: PipelineRunner): Promise<InFlight> {
  const { source, group } = item;
  if (item.kind === 'checkpoint') return item;
  if (item.kind === 'unchanged') return seenOutcome(source, group, item.reason, null);
  if (item.kind === 'failed')
    return { kind: 'failure', source, group, reason: `${item.reason} [${item.ruleId}]` };
  if (!item.force) {
    const rawId = sha256Hex(
      typeof item.raw.content === 'string' ? Buffer.from(item.raw.content) : item.raw.content,
    );
    const seen = await options.store.findIngested(source, rawId);
    if (seen && seen.status !== 'failed' && sameVersions(seen.stageVersions, options.stageVersions))
      return seenOutcome(source, group, 'ingest/seen', seen.articleId);
  }
  const document =
    pipeline.parallelism > 0 ? pipeline.run(item.input).catch((error: unknown) => asError(error)) : null;
  return { kind: 'work', source, group, raw: item.raw, input: item.input, document };
}

/** The item's pipeline result as something to store, or as a failure with its reason. */
async function settle(
  item: InFlight | undefined,
  options: LoopOptions,
  pipeline: PipelineRunner,
): Promise<Settled> {
  if (!item) throw new Error('ingest: settle called on an empty window');
  if (item.kind !== 'work') return item;
  const { source, group } = item;
  const result = await timePhase(
    options.timings,
    'pipeline',
    () => item.document ?? pipeline.run(item.input).catch((error: unknown) => asError(error)),
  );
  // A bug on one page (a parser limit, a stack overflow) must not cost the rest of the run.
  if (result instanceof Error)
    return {
      kind: 'failure',
      source,
      group,
      reason: `extraction crashed: ${describe(result)} [ingest/crashed]`,
    };
  const fatal = result.messages.find((m) => m.severity === 'fatal');
  if (fatal) return { kind: 'failure', source, group, reason: `${fatal.reason} [${fatal.ruleId}]` };
  return {
    kind: 'write',
    group,
    input: { source, raw: item.raw, document: result, stageVersions: options.stageVersions },
  };
}

const seenOutcome = (
  source: string,
  group: string | undefined,
  reason: string,
  articleId: string | null,
): Settled => ({
  kind: 'outcome',
  group,
  outcome: { source, status: 'duplicate', reason, articleId, events: 0 },
});

function tally(summary: IngestSummary, outcome: ItemOutcome): void {
  summary.items++;
  summary.counts[outcome.status]++;
  summary.events += outcome.events;
  if (outcome.status === 'failed') summary.failures.push({ source: outcome.source, reason: outcome.reason });
}

function sameVersions(a: Record<string, number> | null, b: Record<string, number>): boolean {
  if (!a) return false;
  const keys = Object.keys(b);
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

const describe = (error: Error) => `${error.name}: ${error.message}`;
