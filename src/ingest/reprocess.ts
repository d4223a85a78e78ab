import { processInput } from '../pipeline/run.js';
import type { RawInput as PipelineInput } from '../stages/extract/index.js';
import type { EventStore, StoredRaw } from '../store/index.js';
import { RECORD_TYPE, UNKNOWN_TYPE, type ItemOutcome } from './item.js';
import type { IngestSummary } from './loop.js';
import { recordInput } from './sources/record.js';

/** Articles re-run per round; each is its own transaction, as in ingest. */
const BATCH = 100;

export interface ReprocessOptions {
  store: EventStore;
  stageVersions: Record<string, number>;
  /** Re-run every article, not only those whose stage versions differ. */
  all?: boolean;
  onItem?: (outcome: ItemOutcome) => void | Promise<void>;
}

/**
 * Re-extract every stored article whose stage versions differ from the running ones, from its raw
 * input, and store the result through the same ingest transaction (the article becomes `updated`, its
 * reports are replaced, canonical event ids stay). An article that fails keeps its old extraction.
 */
export async function reprocess(options: ReprocessOptions): Promise<IngestSummary> {
  const { store, stageVersions } = options;
  const started = performance.now();
  const summary: IngestSummary = {
    items: 0,
    counts: { new: 0, duplicate: 0, updated: 0, failed: 0 },
    events: 0,
    seconds: 0,
    failures: [],
  };
  // Failed articles stay stale, and --all matches everything: remember what was tried to stop.
  const tried = new Set<string>();
  const wanted = options.all ? {} : stageVersions;
  for (;;) {
    const stale = (await store.listStale(wanted, BATCH + tried.size)).filter((s) => !tried.has(s.articleId));
    if (stale.length === 0) break;
    for (const article of stale) {
      tried.add(article.articleId);
      const outcome = await reprocessOne(store, article.source, article.rawId, stageVersions);
      summary.items++;
      summary.counts[outcome.status]++;
      summary.events += outcome.events;
      if (outcome.status === 'failed')
        summary.failures.push({ source: outcome.source, reason: outcome.reason });
      await options.onItem?.(outcome);
    }
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function reprocessOne(
  store: EventStore,
  source: string,
  rawId: string,
  stageVersions: Record<string, number>,
): Promise<ItemOutcome> {
  const failed = (reason: string): ItemOutcome => ({
    source,
    status: 'failed',
    reason,
    articleId: null,
    events: 0,
  });
  const raw = await store.getRaw(rawId);
  if (!raw) return failed(`raw input ${rawId} is missing [reprocess/no-raw]`);
  const input = pipelineInput(raw);
  if (!input) return failed(`raw input ${rawId} is not a usable record [reprocess/bad-record]`);
  try {
    const document = await processInput(input);
    const result = await store.ingest({ source, raw, document, stageVersions });
    const events = result.eventIds.filter((id) => id !== null).length;
    return { source, status: result.status, reason: result.reason, articleId: result.articleId, events };
  } catch (error) {
    return failed(`${error instanceof Error ? error.message : String(error)} [reprocess/crashed]`);
  }
}

/** The pipeline input a raw input was ingested as: a stored record is re-read as one; bytes as bytes. */
export function pipelineInput(raw: StoredRaw): PipelineInput | null {
  if (raw.contentType === RECORD_TYPE) {
    try {
      return recordInput(JSON.parse(Buffer.from(raw.content).toString('utf8')) as Record<string, unknown>);
    } catch {
      return null;
    }
  }
  return {
    bytes: raw.content,
    ...(raw.contentType !== UNKNOWN_TYPE ? { contentType: raw.contentType } : {}),
    ...(raw.sourceUrl ? { url: raw.sourceUrl } : {}),
  };
}
