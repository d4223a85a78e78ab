import type { Generated } from 'kysely';

/**
 * Row types of the event database, one interface per table of migrations/0001-initial.ts (which says
 * why each table exists). Portable column types only: dates and times are ISO text, flags are 0/1
 * integers and JSON is text, so SQLite and PostgreSQL return the same values to the same queries.
 */
export interface Database {
  raw_inputs: RawInputRow;
  articles: ArticleRow;
  article_bands: ArticleBandRow;
  events: EventRow;
  event_reports: EventReportRow;
  event_actors: EventActorRow;
  quotes: QuoteRow;
  messages: MessageRow;
  ingest_items: IngestItemRow;
  fetch_state: FetchStateRow;
}

export interface RawInputRow {
  /** SHA-256 (hex) of `content`: the raw input is content-addressed. */
  id: string;
  content: Uint8Array;
  content_type: string;
  source_url: string | null;
  fetched_at: string;
  size: number;
}

export interface ArticleRow {
  /** Integer key for the SQLite FTS5 index (a rowid alias, so VACUUM keeps it stable). */
  seq: Generated<number>;
  id: string;
  raw_id: string | null;
  url: string | null;
  normalized_url: string | null;
  canonical_url: string | null;
  content_hash: string;
  title: string | null;
  published_at: string | null;
  language: string | null;
  text: string;
  /** The whole Document JSON as extracted. */
  document: string;
  /** JSON object: stage name → version that produced this row. */
  stage_versions: string;
  duplicate_of: string | null;
  duplicate_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface ArticleBandRow {
  band_key: string;
  article_id: string;
}

export interface EventRow {
  id: string;
  type: string;
  mode: string | null;
  date_start: string | null;
  date_end: string | null;
  date_precision: string | null;
  /** `date_start`, or '0000-00-00' when undated: a non-null key for keyset pagination. */
  sort_key: string;
  place_name: string | null;
  place_code: string | null;
  lat: number | null;
  lon: number | null;
  geonameid: number | null;
  status: string;
  contradiction: number;
  /** JSON list of `{ field, values: [{ value, reports }] }`. */
  contradictions: string;
  report_count: number;
  created_at: string;
  updated_at: string;
}

export interface EventReportRow {
  /** `<articleId>#<eventIndex>`. */
  id: string;
  article_id: string;
  event_index: number;
  event_id: string;
  type: string;
  mode: string | null;
  context: string;
  status: string;
  historical: number;
  date_start: string | null;
  date_end: string | null;
  date_precision: string | null;
  date_text: string | null;
  date_anchor: string | null;
  place_name: string | null;
  place_code: string | null;
  lat: number | null;
  lon: number | null;
  geonameid: number | null;
  /** JSON lists of Actor. */
  actor: string;
  recipient: string;
  evidence_text: string;
  evidence_start: number;
  evidence_end: number;
  quote_index: number | null;
  confidence: number;
  /** JSON object of typed payload values (count, missileType, ...). */
  quantities: string;
}

export interface EventActorRow {
  event_id: string;
  role: 'actor' | 'recipient';
  code: string;
  /** '' when the sector is unknown (part of the primary key). */
  sector: string;
}

export interface QuoteRow {
  article_id: string;
  quote_index: number;
  text: string;
  speaker: string | null;
  channel: string | null;
  start_offset: number;
  end_offset: number;
}

export interface MessageRow {
  article_id: string;
  seq: number;
  severity: string;
  stage: string;
  rule_id: string;
  reason: string;
  span_start: number | null;
  span_end: number | null;
}

export interface IngestItemRow {
  /** Where the item came from: file path, URL, or `<feed>#<item id>`. */
  source: string;
  /** '' when nothing was read (a fetch that failed). */
  raw_id: string;
  article_id: string | null;
  status: 'new' | 'duplicate' | 'updated' | 'failed';
  reason: string;
  created_at: string;
  updated_at: string;
}

/** migrations/0002-fetch-state.ts: the validators and body hash of a URL's last fetch. */
export interface FetchStateRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  checked_at: string;
  /** When the body last differed from the one before. */
  changed_at: string;
}
