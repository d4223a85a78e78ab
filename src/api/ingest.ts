import type { ItemOutcome } from '../ingest/item.js';
import { ingestItems } from '../ingest/loop.js';
import { recordLineItems } from '../ingest/sources/jsonl.js';
import { stageVersions } from '../pipeline/stages.js';
import type { EventStore, IngestStatus } from '../store/index.js';

/** Items posted over HTTP are keyed `api#<record id>`, as a JSONL file's are `<file>#<record id>`. */
const SOURCE_PREFIX = 'api';

export interface IngestOutcome {
  /** The record's id, or `line:N`. */
  id: string;
  status: IngestStatus;
  reason: string;
  articleId: string | null;
  events: number;
}

/**
 * `POST /ingest`: each line a record `{"id", "text"|"html", "title"?, "url"?, "publishedAt"?}` (DESIGN.md §2),
 * through the same loop and record parsing as `sitroom ingest` of a JSONL file: a bad line is a failed
 * outcome naming its line number and the lines after it go in; a re-post of the same record changes nothing.
 */
export async function ingestRecords(store: EventStore, lines: readonly string[]): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  await ingestItems(recordLineItems(lines, SOURCE_PREFIX), {
    store,
    stageVersions,
    onItem: (outcome) => void outcomes.push(apiOutcome(outcome)),
  });
  return outcomes;
}

function apiOutcome({ source, status, reason, articleId, events }: ItemOutcome): IngestOutcome {
  return { id: source.slice(SOURCE_PREFIX.length + 1), status, reason, articleId, events };
}
