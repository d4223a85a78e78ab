import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../dialect.js';

/**
 * The first schema of the event database. Why each table exists:
 * - raw_inputs: every input byte-for-byte, keyed by its SHA-256, so any document can be re-extracted
 *   by a newer stage version (DESIGN.md §1) and re-ingesting the same bytes is a no-op;
 * - articles: one row per page address (id derived from the normalized or canonical URL, else the
 *   content hash); copies found by content hash or near-duplicate text point at their original through
 *   `duplicate_of`; `document` keeps the whole extraction, `stage_versions` what produced it;
 * - article_bands: MinHash LSH band keys, the index that finds near-duplicate candidates without
 *   comparing all pairs; confirmed against the stored text;
 * - full-text search: SQLite FTS5 (external content over `articles`, kept by triggers) or a PostgreSQL
 *   generated tsvector with a GIN index; the repository's one search method reads either;
 * - events: canonical events, one per real-world event; the id is derived from its first supporting
 *   report and never recomputed, so it stays stable across re-ingest and reprocessing;
 * - event_reports: what each article said about the event (its own date, place, actors, evidence);
 *   disagreements between reports are listed in events.contradictions, never averaged;
 * - event_actors: codes per canonical event and role, for filtering by country/actor;
 * - quotes, messages: per article, replaced when the article is reprocessed;
 * - ingest_items: one status per (source, raw input): new / duplicate / updated / failed with reason.
 */
export function initialMigration(dialect: DialectName): Migration {
  return {
    async up(db) {
      await createRawAndArticles(db, dialect);
      await createEvents(db);
      await createArticleExtras(db);
      if (dialect === 'sqlite') await createSqliteSearch(db);
      else await createPostgresSearch(db);
    },
    async down(db) {
      for (const table of [
        'ingest_items',
        'messages',
        'quotes',
        'event_actors',
        'event_reports',
        'events',
        'article_bands',
      ]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
      if (dialect === 'sqlite') await sql`drop table if exists article_fts`.execute(db);
      await db.schema.dropTable('articles').ifExists().execute();
      await db.schema.dropTable('raw_inputs').ifExists().execute();
    },
  };
}

async function createRawAndArticles(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('raw_inputs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('content', dialect === 'sqlite' ? 'blob' : 'bytea', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .execute();
  let articles = db.schema.createTable('articles');
  articles =
    dialect === 'sqlite'
      ? articles
          .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
          .addColumn('id', 'text', (c) => c.notNull().unique())
      : articles
          .addColumn('seq', 'integer', (c) => c.generatedAlwaysAsIdentity().unique())
          .addColumn('id', 'text', (c) => c.primaryKey());
  await articles
    .addColumn('raw_id', 'text', (c) => c.references('raw_inputs.id'))
    .addColumn('url', 'text')
    .addColumn('normalized_url', 'text')
    .addColumn('canonical_url', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('published_at', 'text')
    .addColumn('language', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('stage_versions', 'text', (c) => c.notNull())
    .addColumn('duplicate_of', 'text', (c) => c.references('articles.id'))
    .addColumn('duplicate_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['normalized_url', 'canonical_url', 'content_hash', 'duplicate_of']) {
    await db.schema.createIndex(`articles_${column}_idx`).on('articles').column(column).execute();
  }
  await db.schema
    .createTable('article_bands')
    .addColumn('band_key', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('article_bands_pk', ['band_key', 'article_id'])
    .execute();
  await db.schema.createIndex('article_bands_article_idx').on('article_bands').column('article_id').execute();
}

async function createEvents(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('mode', 'text')
    .addColumn('date_start', 'text')
    .addColumn('date_end', 'text')
    .addColumn('date_precision', 'text')
    .addColumn('sort_key', 'text', (c) => c.notNull())
    .addColumn('place_name', 'text')
    .addColumn('place_code', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('geonameid', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('contradiction', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('contradictions', 'text', (c) => c.notNull())
    .addColumn('report_count', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_sort_idx').on('events').columns(['sort_key', 'id']).execute();
  await db.schema.createIndex('events_type_date_idx').on('events').columns(['type', 'date_start']).execute();
  await db.schema.createIndex('events_place_idx').on('events').column('place_code').execute();
  await createEventReports(db);
  await db.schema
    .createTable('event_actors')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_actors_pk', ['event_id', 'role', 'code', 'sector'])
    .execute();
  await db.schema.createIndex('event_actors_code_idx').on('event_actors').columns(['code', 'role']).execute();
}

async function createEventReports(db: Kysely<unknown>): Promise<void> {
  let table = db.schema
    .createTable('event_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('event_index', 'integer', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'));
  for (const column of ['type', 'mode', 'context', 'status']) {
    table = table.addColumn(column, 'text', (c) => (column === 'mode' ? c : c.notNull()));
  }
  table = table.addColumn('historical', 'integer', (c) => c.notNull());
  for (const column of ['date_start', 'date_end', 'date_precision', 'date_text', 'date_anchor']) {
    table = table.addColumn(column, 'text');
  }
  await table
    .addColumn('place_name', 'text')
    .addColumn('place_code', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('geonameid', 'integer')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('evidence_text', 'text', (c) => c.notNull())
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('evidence_end', 'integer', (c) => c.notNull())
    .addColumn('quote_index', 'integer')
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('quantities', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_reports_event_idx').on('event_reports').column('event_id').execute();
  await db.schema.createIndex('event_reports_article_idx').on('event_reports').column('article_id').execute();
}

async function createArticleExtras(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quotes')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('quote_index', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('speaker', 'text')
    .addColumn('channel', 'text')
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('quotes_pk', ['article_id', 'quote_index'])
    .execute();
  await db.schema
    .createTable('messages')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .addPrimaryKeyConstraint('messages_pk', ['article_id', 'seq'])
    .execute();
  await db.schema
    .createTable('ingest_items')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('raw_id', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.references('articles.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ingest_items_pk', ['source', 'raw_id'])
    .execute();
  await db.schema.createIndex('ingest_items_status_idx').on('ingest_items').column('status').execute();
}

/** FTS5 over title and text; porter stemming so "missiles" finds "missile", as PostgreSQL's english does. */
async function createSqliteSearch(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table article_fts using fts5(title, text, content='articles', content_rowid='seq',
    tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
  await sql`create trigger articles_fts_insert after insert on articles begin
    insert into article_fts(rowid, title, text) values (new.seq, new.title, new.text); end`.execute(db);
  await sql`create trigger articles_fts_delete after delete on articles begin
    insert into article_fts(article_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text); end`.execute(
    db,
  );
  await sql`create trigger articles_fts_update after update of title, text on articles begin
    insert into article_fts(article_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
    insert into article_fts(rowid, title, text) values (new.seq, new.title, new.text); end`.execute(db);
}

async function createPostgresSearch(db: Kysely<unknown>): Promise<void> {
  await sql`alter table articles add column fts tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
  ) stored`.execute(db);
  await sql`create index articles_fts_idx on articles using gin (fts)`.execute(db);
}
