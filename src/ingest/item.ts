import type { IngestStatus, FetchState, RawInput as StoredInput } from '../store/index.js';
import type { RawInput as PipelineInput } from '../stages/extract/index.js';

/**
 * One unit of ingest work as a source yields it. `source` is the item's key (a file path, a URL,
 * `<file>#<record id>` or `<feed>#<item id>`); with the raw input's hash it identifies the item in the store.
 * `group` names the feed an item came from, so the feed's fetch state is saved only once all of it is stored.
 */
export type IngestItem =
  | {
      kind: 'input';
      source: string;
      group?: string;
      raw: StoredInput;
      input: PipelineInput;
      /** Run it even when this exact input was stored by the running stage versions (reprocess --all). */
      force?: boolean;
    }
  /** Nothing to do: a feed answered 304, or served the same body as last time. */
  | { kind: 'unchanged'; source: string; group?: string; reason: string }
  /** Could not be read or fetched; `ruleId` names why (ingest/bad-record, fetch/timeout, ...). */
  | { kind: 'failed'; source: string; group?: string; ruleId: string; reason: string }
  /** Every item of `group` was yielded: its fetch state may be saved if none of them failed. */
  | { kind: 'checkpoint'; source: string; group: string; state: FetchState };

/** What happened to one item: the status the store gave it and the rule id that says why. */
export interface ItemOutcome {
  source: string;
  status: IngestStatus;
  reason: string;
  articleId: string | null;
  events: number;
}

/** The content type stored for raw bytes whose type nobody declared (files); the decoder sniffs them. */
export const UNKNOWN_TYPE = 'application/octet-stream';

/** The content type of a stored JSON record (a JSONL line, a feed item): re-read as a record on reprocess. */
export const RECORD_TYPE = 'application/x-sitroom-record+json';
