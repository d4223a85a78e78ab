import type { Kysely } from 'kysely';
import type { FetchState, IngestedItem, StaleArticle, StoredRaw } from './repository.js';
import type { Database } from './schema.js';

/**
 * What the ingest loop asks before doing work: was this (source, raw input) already stored, and by which
 * stage versions? A re-run over the same input then skips extraction entirely (resume after a kill).
 */
export async function findIngestedIn(
  db: Kysely<Database>,
  source: string,
  rawId?: string,
): Promise<IngestedItem | null> {
  const row = await db
    .selectFrom('ingest_items as i')
    .leftJoin('articles as a', 'a.id', 'i.article_id')
    .select(['i.status', 'i.reason', 'i.article_id', 'a.stage_versions'])
    .where('i.source', '=', source)
    .$if(rawId !== undefined, (q) => q.where('i.raw_id', '=', rawId ?? ''))
    .$if(rawId === undefined, (q) => q.where('i.status', '!=', 'failed'))
    .orderBy('i.updated_at', 'desc')
    .executeTakeFirst();
  if (!row) return null;
  return {
    status: row.status,
    reason: row.reason,
    articleId: row.article_id,
    stageVersions: row.stage_versions ? (JSON.parse(row.stage_versions) as Record<string, number>) : null,
  };
}

export async function getFetchStateIn(db: Kysely<Database>, url: string): Promise<FetchState | null> {
  const row = await db.selectFrom('fetch_state').selectAll().where('url', '=', url).executeTakeFirst();
  if (!row) return null;
  return { url: row.url, etag: row.etag, lastModified: row.last_modified, bodyHash: row.body_hash };
}

/** Record a fetch's validators; `changed_at` moves only when the body hash differs from the stored one. */
export async function saveFetchStateIn(db: Kysely<Database>, state: FetchState, now: string): Promise<void> {
  await db
    .insertInto('fetch_state')
    .values({
      url: state.url,
      etag: state.etag,
      last_modified: state.lastModified,
      body_hash: state.bodyHash,
      checked_at: now,
      changed_at: now,
    })
    .onConflict((oc) =>
      oc.column('url').doUpdateSet((eb) => ({
        etag: eb.ref('excluded.etag'),
        last_modified: eb.ref('excluded.last_modified'),
        body_hash: eb.ref('excluded.body_hash'),
        checked_at: eb.ref('excluded.checked_at'),
        changed_at: eb
          .case()
          .when('fetch_state.body_hash', '=', eb.ref('excluded.body_hash'))
          .then(eb.ref('fetch_state.changed_at'))
          .else(eb.ref('excluded.changed_at'))
          .end(),
      })),
    )
    .execute();
}

/**
 * Articles extracted by other stage versions than `versionsJson` (sorted-key JSON, as stored) that kept
 * their raw input, oldest first, with one ingest source each (the key a re-ingest would use).
 */
export async function listStaleIn(
  db: Kysely<Database>,
  versionsJson: string,
  limit: number,
): Promise<StaleArticle[]> {
  const rows = await db
    .selectFrom('articles as a')
    .innerJoin('ingest_items as i', (join) =>
      join.onRef('i.article_id', '=', 'a.id').onRef('i.raw_id', '=', 'a.raw_id'),
    )
    .select(['a.id', 'a.raw_id', 'a.seq', (eb) => eb.fn.min('i.source').as('source')])
    .where('a.stage_versions', '!=', versionsJson)
    .where('a.raw_id', 'is not', null)
    .groupBy(['a.id', 'a.raw_id', 'a.seq'])
    .orderBy('a.seq')
    .limit(limit)
    .execute();
  return rows.flatMap((r) => (r.raw_id ? [{ articleId: r.id, rawId: r.raw_id, source: r.source }] : []));
}

export async function getRawIn(db: Kysely<Database>, id: string): Promise<StoredRaw | null> {
  const row = await db.selectFrom('raw_inputs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    content: new Uint8Array(row.content),
    contentType: row.content_type,
    sourceUrl: row.source_url,
    fetchedAt: row.fetched_at,
  };
}
