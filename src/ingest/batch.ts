import type { EventStore, FetchState, IngestInput, IngestResult } from '../store/index.js';
import type { ItemOutcome } from './item.js';
import { timePhase, type Timings } from './timings.js';

/** One settled item waiting for its batch to be written, in input order. */
export type Settled =
  /** Nothing to write: seen before, or a feed that did not change. */
  | { kind: 'outcome'; outcome: ItemOutcome; group?: string | undefined }
  /** Could not be read, fetched or extracted: recorded as failed with the reason. */
  | { kind: 'failure'; source: string; group?: string | undefined; reason: string }
  /** An extracted document to store. */
  | { kind: 'write'; group?: string | undefined; input: IngestInput }
  /** Every item of a feed was yielded: save its fetch state once they are stored, unless one failed. */
  | { kind: 'checkpoint'; group: string; state: FetchState };

export interface BatchOptions {
  store: EventStore;
  /** Documents per write transaction. */
  batchSize: number;
  onOutcome: (outcome: ItemOutcome) => Promise<void>;
  timings?: Timings | undefined;
}

/** A batch is written once it is this old, so a slow pipeline still commits and reports every second. */
const BATCH_MAX_MS = 1000;
/** Items held at most, documents or not: a re-run of 10,000 seen items still reports as it goes. */
const BATCH_MAX_ITEMS = 256;

/**
 * Collects settled items and writes their documents in one transaction per batch: a commit per
 * document was the largest single cost of storing one (WAL pages and the FTS index flushed each time,
 * a round trip and an fsync on PostgreSQL). Outcomes are reported only after their batch committed,
 * in input order, so what `--items` printed is stored, and a killed run redoes at most one batch.
 */
export class BatchWriter {
  private settled: Settled[] = [];
  private documents = 0;
  private openedAt = 0;
  private readonly failedGroups = new Set<string>();

  constructor(private readonly options: BatchOptions) {}

  async add(item: Settled): Promise<void> {
    if (this.settled.length === 0) this.openedAt = performance.now();
    this.settled.push(item);
    if (item.kind === 'write') this.documents++;
    const full = this.documents >= this.options.batchSize || this.settled.length >= BATCH_MAX_ITEMS;
    if (full || performance.now() - this.openedAt >= BATCH_MAX_MS) await this.flush();
  }

  /** Writes what is held, then reports each item in order. */
  async flush(): Promise<void> {
    const items = this.settled;
    this.settled = [];
    this.documents = 0;
    const { store, timings } = this.options;
    const inputs = items.flatMap((i) => (i.kind === 'write' ? [i.input] : []));
    const results = await timePhase(timings, 'store', () => writeDocuments(store, inputs));
    let next = 0;
    for (const item of items) {
      if (item.kind === 'checkpoint') {
        // A feed whose items all went in: remember its validators, so the next run can get a 304.
        if (!this.failedGroups.has(item.group))
          await timePhase(timings, 'store', () => store.saveFetchState(item.state));
        continue;
      }
      const outcome =
        item.kind === 'write'
          ? written(item.input.source, results[next++])
          : item.kind === 'failure'
            ? await timePhase(timings, 'store', () => recordFailure(store, item.source, item.reason))
            : item.outcome;
      if (outcome.status === 'failed' && item.group) this.failedGroups.add(item.group);
      await timePhase(timings, 'report', () => this.options.onOutcome(outcome));
    }
  }
}

/**
 * All documents in one transaction; if the store refuses the batch, one by one, so a document it cannot
 * take fails alone (and its error names it) instead of taking the batch with it.
 */
async function writeDocuments(store: EventStore, inputs: IngestInput[]): Promise<IngestResult[]> {
  if (inputs.length === 0) return [];
  try {
    return await store.ingestMany(inputs);
  } catch {
    const results: IngestResult[] = [];
    for (const input of inputs) results.push(await store.ingest(input));
    return results;
  }
}

function written(source: string, result: IngestResult | undefined): ItemOutcome {
  if (!result) throw new Error(`ingest: no store result for ${source}`);
  const events = result.eventIds.filter((id) => id !== null).length;
  return { source, status: result.status, reason: result.reason, articleId: result.articleId, events };
}

async function recordFailure(store: EventStore, source: string, reason: string): Promise<ItemOutcome> {
  await store.recordFailure(source, null, reason);
  return { source, status: 'failed', reason, articleId: null, events: 0 };
}
