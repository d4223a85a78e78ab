import type { Document } from '../core/document.js';
import { processInput } from '../pipeline/run.js';
import { sha256Hex } from '../stages/dedup/index.js';
import type { EventStore, IngestStatus, RawInput as StoredInput } from '../store/index.js';
import type { RawInput as PipelineInput } from '../stages/extract/index.js';
import type { IngestItem, ItemOutcome } from './item.js';

export interface LoopOptions {
  store: EventStore;
  stageVersions: Record<string, number>;
  /** Called after each item is settled (stored or recorded as failed), in order. */
  onItem?: (outcome: ItemOutcome) => void | Promise<void>;
}

export interface IngestSummary {
  items: number;
  counts: Record<IngestStatus, number>;
  /** Reports stored for new and updated articles. */
  events: number;
  seconds: number;
  failures: Array<{ source: string; reason: string }>;
}

/**
 * The ingest loop: each item is extracted and stored in its own transaction, so a killed run keeps
 * everything committed, and a re-run skips what is stored already without extracting it again.
 * One bad item is a `failed` status with its reason; the loop goes on.
 */
export async function ingestItems(
  items: AsyncIterable<IngestItem>,
  options: LoopOptions,
): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    items: 0,
    counts: { new: 0, duplicate: 0, updated: 0, failed: 0 },
    events: 0,
    seconds: 0,
    failures: [],
  };
  const failedGroups = new Set<string>();
  for await (const item of items) {
    if (item.kind === 'checkpoint') {
      // A feed whose items all went in: remember its validators, so the next run can get a 304.
      if (!failedGroups.has(item.group)) await options.store.saveFetchState(item.state);
      continue;
    }
    const outcome = await settle(item, options);
    if (outcome.status === 'failed' && item.group) failedGroups.add(item.group);
    summary.items++;
    summary.counts[outcome.status]++;
    summary.events += outcome.events;
    if (outcome.status === 'failed')
      summary.failures.push({ source: outcome.source, reason: outcome.reason });
    await options.onItem?.(outcome);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function settle(
  item: Exclude<IngestItem, { kind: 'checkpoint' }>,
  options: LoopOptions,
): Promise<ItemOutcome> {
  const { source } = item;
  if (item.kind === 'unchanged')
    return { source, status: 'duplicate', reason: item.reason, articleId: null, events: 0 };
  if (item.kind === 'failed') return fail(options.store, source, null, `${item.reason} [${item.ruleId}]`);
  return ingestOne(source, item.raw, item.input, options);
}

/** Store one input: skipped when this exact input was stored by the same stage versions. */
export async function ingestOne(
  source: string,
  raw: StoredInput,
  input: PipelineInput,
  { store, stageVersions }: LoopOptions,
): Promise<ItemOutcome> {
  const rawId = sha256Hex(
    typeof raw.content === 'string' ? new TextEncoder().encode(raw.content) : raw.content,
  );
  const seen = await store.findIngested(source, rawId);
  if (seen && seen.status !== 'failed' && sameVersions(seen.stageVersions, stageVersions)) {
    return { source, status: 'duplicate', reason: 'ingest/seen', articleId: seen.articleId, events: 0 };
  }
  let document: Document;
  try {
    document = await processInput(input);
  } catch (error) {
    // A bug on one page (a parser limit, a stack overflow) must not cost the rest of the run.
    return fail(store, source, null, `extraction crashed: ${describe(error)} [ingest/crashed]`);
  }
  const fatal = document.messages.find((m) => m.severity === 'fatal');
  if (fatal) return fail(store, source, null, `${fatal.reason} [${fatal.ruleId}]`);
  const result = await store.ingest({ source, raw, document, stageVersions });
  const events = result.eventIds.filter((id) => id !== null).length;
  return { source, status: result.status, reason: result.reason, articleId: result.articleId, events };
}

async function fail(
  store: EventStore,
  source: string,
  rawId: string | null,
  reason: string,
): Promise<ItemOutcome> {
  await store.recordFailure(source, rawId, reason);
  return { source, status: 'failed', reason, articleId: null, events: 0 };
}

function sameVersions(a: Record<string, number> | null, b: Record<string, number>): boolean {
  if (!a) return false;
  const keys = Object.keys(b);
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);
