import { parseRecord } from '../cli/extract/record.js';
import { processInput } from '../pipeline/run.js';
import { stageVersions } from '../pipeline/stages.js';
import type { EventStore, IngestStatus } from '../store/index.js';

/** The content type of a stored JSON record, as `sitroom ingest` stores JSONL lines (re-read on reprocess). */
const RECORD_TYPE = 'application/x-sitroom-record+json';

export interface IngestOutcome {
  /** The record's id, or `line:N`. */
  id: string | number;
  status: IngestStatus;
  reason: string;
  articleId: string | null;
  events: number;
}

/**
 * `POST /ingest`: each line a record `{"id", "text"|"html", "title"?, "url"?, "publishedAt"?}` (DESIGN.md §2),
 * run through the pipeline and stored in one transaction each. A bad line is a failed outcome naming its
 * line number; the lines after it go in. Keyed `api#<id>` so a re-post of the same record changes nothing.
 */
export async function ingestRecords(store: EventStore, lines: readonly string[]): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    outcomes.push(await ingestLine(store, line, i + 1));
  }
  return outcomes;
}

async function ingestLine(store: EventStore, line: string, lineNumber: number): Promise<IngestOutcome> {
  const record = parseRecord(line, lineNumber);
  const source = `api#${record.id}`;
  const fatal = record.messages.find((m) => m.severity === 'fatal');
  if (!record.input || fatal)
    return failed(store, record.id, source, fatal?.reason ?? 'no input', fatal?.ruleId);
  let document;
  try {
    document = await processInput(record.input);
  } catch (error) {
    const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return failed(store, record.id, source, `extraction crashed: ${why}`, 'ingest/crashed');
  }
  const stopped = document.messages.find((m) => m.severity === 'fatal');
  if (stopped) return failed(store, record.id, source, stopped.reason, stopped.ruleId);
  const raw = { content: line, contentType: RECORD_TYPE, sourceUrl: record.input.url ?? null };
  const result = await store.ingest({ source, raw, document, stageVersions });
  return {
    id: record.id,
    status: result.status,
    reason: result.reason,
    articleId: result.articleId,
    events: result.eventIds.filter((id) => id !== null).length,
  };
}

async function failed(
  store: EventStore,
  id: string | number,
  source: string,
  reason: string,
  ruleId = 'ingest/bad-record',
): Promise<IngestOutcome> {
  await store.recordFailure(source, null, `${reason} [${ruleId}]`);
  return { id, status: 'failed', reason: `${reason} [${ruleId}]`, articleId: null, events: 0 };
}
