import type { RawInput as PipelineInput } from '../stages/extract/index.js';
import type { EventStore, StoredRaw } from '../store/index.js';
import { RECORD_TYPE, UNKNOWN_TYPE, type IngestItem } from './item.js';
import { ingestItems, type IngestSummary, type LoopOptions } from './loop.js';
import { recordInput } from './sources/record.js';

/** Stale articles asked for per query. */
const PAGE = 100;

export interface ReprocessOptions extends LoopOptions {
  /** Re-run every article, not only those whose stage versions differ. */
  all?: boolean;
}

/**
 * Re-extract every stored article whose stage versions differ from the running ones, from its raw
 * input, through the ingest loop (the article becomes `updated`, its reports are replaced, canonical
 * event ids stay). An article that fails keeps its old extraction.
 */
export function reprocess(options: ReprocessOptions): Promise<IngestSummary> {
  return ingestItems(staleItems(options.store, options.stageVersions, options.all ?? false), options);
}

/**
 * The stored articles to re-run, as ingest items keyed by their first ingest source. Failed articles
 * stay stale, and --all matches everything: what was yielded is remembered, so the walk ends.
 */
export async function* staleItems(
  store: EventStore,
  stageVersions: Record<string, number>,
  all: boolean,
): AsyncGenerator<IngestItem> {
  const tried = new Set<string>();
  const wanted = all ? {} : stageVersions;
  for (;;) {
    const stale = (await store.listStale(wanted, PAGE + tried.size)).filter((s) => !tried.has(s.articleId));
    if (stale.length === 0) return;
    for (const { articleId, rawId, source } of stale) {
      tried.add(articleId);
      const raw = await store.getRaw(rawId);
      const input = raw ? pipelineInput(raw) : null;
      if (!raw || !input) {
        const [ruleId, why] = raw
          ? ['reprocess/bad-record', 'is not a usable record']
          : ['reprocess/no-raw', 'is missing'];
        yield { kind: 'failed', source, ruleId, reason: `raw input ${rawId} ${why}` };
        continue;
      }
      yield { kind: 'input', source, raw, input, force: true };
    }
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
