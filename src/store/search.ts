import { sql, type Kysely } from 'kysely';
import { words } from '../stages/dedup/index.js';
import type { DialectName } from './dialect.js';
import type { ArticleHit } from './repository.js';
import type { Database } from './schema.js';

interface HitRow {
  id: string;
  url: string | null;
  title: string | null;
  published_at: string | null;
  duplicate_of: string | null;
}

/**
 * Full-text search over article titles and bodies, every word required, best match first. The user's
 * text is reduced to plain words on both dialects, so FTS5 query syntax ("NEAR", "*", quotes) typed by a
 * user cannot break the query; stemming (porter / english) lets "missiles" find "missile" on both.
 */
export async function searchArticlesIn(
  db: Kysely<Database>,
  dialect: DialectName,
  text: string,
  limit: number,
): Promise<ArticleHit[]> {
  const terms = words(text);
  if (terms.length === 0) return [];
  const rows =
    dialect === 'sqlite' ? await searchSqlite(db, terms, limit) : await searchPostgres(db, terms, limit);
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    title: r.title,
    publishedAt: r.published_at,
    duplicateOf: r.duplicate_of,
  }));
}

async function searchSqlite(db: Kysely<Database>, terms: string[], limit: number): Promise<HitRow[]> {
  const match = terms.map((t) => `"${t}"`).join(' ');
  // bm25 weights: a word in the title counts ten times one in the body.
  const result = await sql<HitRow>`
    select a.id, a.url, a.title, a.published_at, a.duplicate_of
    from article_fts join articles a on a.seq = article_fts.rowid
    where article_fts match ${match}
    order by bm25(article_fts, 10.0, 1.0), a.seq
    limit ${limit}`.execute(db);
  return result.rows;
}

async function searchPostgres(db: Kysely<Database>, terms: string[], limit: number): Promise<HitRow[]> {
  const query = terms.join(' ');
  const result = await sql<HitRow>`
    select id, url, title, published_at, duplicate_of
    from articles
    where fts @@ plainto_tsquery('english', ${query})
    order by ts_rank(fts, plainto_tsquery('english', ${query})) desc, seq
    limit ${limit}`.execute(db);
  return result.rows;
}

/** Pages of merged full-text index one compaction writes at most (8 MB): a bounded pause at close. */
const COMPACT_PAGES = 2000;

/**
 * Merges the SQLite full-text index's segments toward one. Every committed ingest adds a segment and
 * FTS5 merges them only in steps, so a store filled by many small transactions holds several; the
 * event list's free-text filter probes the index once per candidate event, and each probe reads every
 * segment (at 100,000 events, six segments made a "satellite" page cost 5.3 ms of CPU, one 1.5 ms).
 * Run after writing (a store's close does); PostgreSQL's GIN index needs nothing here.
 */
export async function compactSearchIndex(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect !== 'sqlite') return;
  await sql`insert into article_fts(article_fts, rank) values ('merge', ${-COMPACT_PAGES})`.execute(db);
}
