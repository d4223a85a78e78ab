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

/** FTS5's own tables behind article_fts (external content: no _content table). */
const SHADOW_TABLES = ['article_fts_data', 'article_fts_idx', 'article_fts_docsize', 'article_fts_config'];

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

/**
 * Drops the planner statistics ANALYZE (or `pragma optimize`) took of the full-text index's own tables,
 * and reloads the rest. FTS5 finds a term's page with `... from article_fts_idx where segid = ? and
 * term <= ?`; given stat4 samples of that table, SQLite re-plans the statement for every new bound
 * value, so each probe of the free-text event filter cost ~10 µs of CPU instead of ~5 (84 probes per
 * 'satellite' page at 100,000 events). Nothing queries those tables but FTS5, whose plans need no
 * statistics. Run after every analyze; PostgreSQL has no such tables.
 */
export async function forgetSearchIndexStatistics(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect !== 'sqlite') return;
  const tables = await sql<{ name: string }>`select name from sqlite_master
    where type = 'table' and name in ('sqlite_stat1', 'sqlite_stat4')`.execute(db);
  const counted = async (table: string) => {
    const [row] = (
      await sql<{ n: number }>`select count(*) as n from ${sql.id(table)}
        where tbl in (${sql.join(SHADOW_TABLES)})`.execute(db)
    ).rows;
    return Number(row?.n ?? 0);
  };
  // Checked before deleting, so a close after only reading writes nothing (nor waits for a writer).
  const holding = [];
  for (const { name } of tables.rows) if ((await counted(name)) > 0) holding.push(name);
  if (holding.length === 0) return;
  for (const name of holding) {
    await sql`delete from ${sql.id(name)} where tbl in (${sql.join(SHADOW_TABLES)})`.execute(db);
  }
  // The statistics a connection plans with are read when its schema loads; this re-reads them.
  await sql`analyze sqlite_schema`.execute(db);
}
