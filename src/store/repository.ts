import type { Document, Event, Quote } from '../core/document.js';
import type { Contradiction } from '../stages/dedup/index.js';
import type { DialectName } from './dialect.js';
import type { EventNetwork, NetworkSelection, NodeRef } from './event-network.js';
import type { EventTimeline } from './event-timeline.js';

export type IngestStatus = 'new' | 'duplicate' | 'updated' | 'failed';

export interface RawInput {
  content: string | Uint8Array;
  contentType: string;
  sourceUrl?: string | null;
  /** ISO time; defaults to now. */
  fetchedAt?: string;
}

export interface ArticleInput {
  rawId: string | null;
  document: Document;
  /** Stage name → version that produced `document`; a change makes the article `updated`. */
  stageVersions: Record<string, number>;
}

/** Outcome of one article: the status and why (a rule id such as `dedup/content-hash`). */
export interface UpsertResult {
  articleId: string;
  status: Exclude<IngestStatus, 'failed'>;
  reason: string;
  duplicateOf: string | null;
}

/** An extracted event plus optional typed payload values (count, missileType, ...) to compare reports by. */
export type ReportInput = Event & { quantities?: Record<string, string | number> };

export interface SaveEventsResult {
  /** Canonical event id of each report, in input order; null for a skipped report. */
  eventIds: Array<string | null>;
  skipped: string | null;
}

export interface IngestInput {
  /** File path, URL or `<feed>#<item id>`: with the raw id, the key of the ingest item. */
  source: string;
  raw: RawInput;
  document: Document;
  stageVersions: Record<string, number>;
}

export interface IngestResult extends UpsertResult {
  rawId: string;
  eventIds: Array<string | null>;
}

export interface EventFilters {
  types?: string[];
  /** An actor code on either side, or on the side named by `role`. */
  actorCode?: string;
  role?: 'actor' | 'recipient';
  /** Country code of the place. */
  placeCode?: string;
  /** Events whose interval overlaps [from, to] (ISO dates, inclusive). */
  from?: string;
  to?: string;
  status?: string;
  contradiction?: boolean;
  /** An actor code on the recipient side; combines with `actorCode` (events-filter.ts). */
  recipientCode?: string;
  /** Place name, case-insensitive ("Pyongyang"). */
  placeName?: string;
  /** Free text: events reported by an article whose title or body has every word. */
  text?: string;
}

export interface EventSummary {
  id: string;
  type: string;
  mode: string | null;
  date: { start: string; end: string; precision: string | null } | null;
  place: {
    name: string;
    code: string | null;
    lat: number | null;
    lon: number | null;
    geonameid: number | null;
  } | null;
  status: string;
  reportCount: number;
  contradiction: boolean;
  contradictions: Contradiction[];
  actors: Array<{ role: 'actor' | 'recipient'; code: string; sector: string | null }>;
}

export interface EventPage {
  events: EventSummary[];
  total: number;
  /** Pass back to get the next page; null on the last page. */
  nextCursor: string | null;
}

export interface EventReport {
  id: string;
  articleId: string;
  articleUrl: string | null;
  articleTitle: string | null;
  publishedAt: string | null;
  event: ReportInput;
}

export interface EventDetail extends EventSummary {
  reports: EventReport[];
}

export interface ArticleHit {
  id: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  duplicateOf: string | null;
}

export interface PageRequest {
  cursor?: string | null;
  limit?: number;
}

export interface ArticlePage {
  articles: ArticleHit[];
  total: number;
  nextCursor: string | null;
}

export interface ArticleDetail extends ArticleHit {
  canonicalUrl: string | null;
  language: string | null;
  byline: string[];
  text: string;
  entities: Document['entities'];
  quotes: Quote[];
  messages: Document['messages'];
  /** The article's reports and the canonical event each one supports. */
  reports: Array<{ id: string; eventId: string; type: string; evidence: Event['evidence'] }>;
  /** Articles stored as copies of this one. */
  duplicates: string[];
}

export interface ActorCount {
  code: string;
  /** Canonical events with this code on the actor side, on the recipient side, on either. */
  asActor: number;
  asRecipient: number;
  events: number;
  sectors: string[];
}

export interface QuoteFilters {
  articleId?: string;
  /** Speaker's actor code. */
  speakerCode?: string;
}

export interface StoredQuote extends Quote {
  articleId: string;
  index: number;
  articleUrl: string | null;
  articleTitle: string | null;
  publishedAt: string | null;
}

export interface QuotePage {
  quotes: StoredQuote[];
  nextCursor: string | null;
}

/** An ingest item already stored: its outcome and the stage versions of its article, if any. */
export interface IngestedItem {
  status: IngestStatus;
  reason: string;
  articleId: string | null;
  stageVersions: Record<string, number> | null;
}

/** A URL's last fetch: validators for a conditional GET, and the hash of the body then served. */
export interface FetchState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
}

/** An article whose stored extraction is older than the running stages, and where its raw input is. */
export interface StaleArticle {
  articleId: string;
  rawId: string;
  source: string;
}

export interface StoredRaw extends RawInput {
  id: string;
  content: Uint8Array;
}

/** The one interface the pipeline, CLI and API use to reach the event database (DESIGN.md §6). */
export interface EventStore {
  readonly dialect: DialectName;
  /** Keep raw bytes content-addressed; the same bytes twice are stored once. */
  saveRaw(input: RawInput): Promise<{ id: string; created: boolean }>;
  /** Store an article, or say it is a duplicate (and of what) or an update of a stored one. */
  upsertArticle(input: ArticleInput): Promise<UpsertResult>;
  /** Replace an article's reports and quotes, merging each report into a canonical event. */
  saveEvents(
    articleId: string,
    events: readonly ReportInput[],
    quotes?: readonly Quote[],
  ): Promise<SaveEventsResult>;
  /** saveRaw + upsertArticle + saveEvents + the ingest item, in one transaction (crash-safe ingest). */
  ingest(input: IngestInput): Promise<IngestResult>;
  /** `ingest` of each input, in order, all in one transaction: one commit for a batch of documents. */
  ingestMany(inputs: readonly IngestInput[]): Promise<IngestResult[]>;
  /** Record an item that could not be processed, with the reason. */
  recordFailure(source: string, rawId: string | null, reason: string): Promise<void>;
  /** The stored outcome of (source, raw input), or of any successful input of `source` when no raw id is given. */
  findIngested(source: string, rawId?: string): Promise<IngestedItem | null>;
  getFetchState(url: string): Promise<FetchState | null>;
  saveFetchState(state: FetchState): Promise<void>;
  /** Up to `limit` articles not produced by exactly `stageVersions`, with raw input to re-run. */
  listStale(stageVersions: Record<string, number>, limit?: number): Promise<StaleArticle[]>;
  getRaw(id: string): Promise<StoredRaw | null>;
  listEvents(filters?: EventFilters, page?: { cursor?: string | null; limit?: number }): Promise<EventPage>;
  getEvent(id: string): Promise<EventDetail | null>;
  searchArticles(text: string, limit?: number): Promise<ArticleHit[]>;
  /** Read models for the API (catalog-read.ts, events-export.ts). */
  listArticles(page?: PageRequest): Promise<ArticlePage>;
  getArticle(id: string): Promise<ArticleDetail | null>;
  listActors(filters?: { prefix?: string; limit?: number }): Promise<ActorCount[]>;
  listQuotes(filters?: QuoteFilters, page?: PageRequest): Promise<QuotePage>;
  /** Every event matching `filters` with its reports, newest first, read page by page (exports). */
  exportEvents(filters?: EventFilters, batchSize?: number): AsyncIterable<EventDetail>;
  /** The UI's views in one query each (event-timeline.ts, event-network.ts): counts, not pages. */
  eventTimeline(filters: EventFilters, limit: number): Promise<EventTimeline>;
  eventNetwork(filters: EventFilters, maxNodes: number): Promise<EventNetwork>;
  networkSelection(
    filters: EventFilters,
    node: NodeRef,
    peer: NodeRef | null,
    limit: number,
  ): Promise<NetworkSelection>;
  close(): Promise<void>;
}

export type * from './event-network.js';
export type * from './event-timeline.js';
