import type { Kysely } from 'kysely';
import { upsertArticleIn } from './articles.js';
import { saveEventsIn } from './events-write.js';
import { saveRawsIn } from './raw.js';
import type { IngestInput, IngestResult, IngestStatus } from './repository.js';
import type { Database } from './schema.js';

/**
 * A batch of inputs end to end, in the caller's transaction, so a killed ingest leaves either all of
 * it or none: raw bytes, each article (or its duplicate status) and its events, and the ingest items.
 * The raw inputs go in first and the items last, one multi-row statement each for the whole batch
 * (they depend on nothing the articles decide but their ids); the articles go in order, one by one,
 * since each is deduplicated against the ones before it. An unchanged re-ingest writes nothing new.
 */
export async function ingestBatchIn(
  trx: Kysely<Database>,
  inputs: readonly IngestInput[],
  now: () => string,
): Promise<IngestResult[]> {
  const rawIds = await saveRawsIn(
    trx,
    inputs.map((input) => input.raw),
    now(),
  );
  const results: IngestResult[] = [];
  const items: ItemInput[] = [];
  for (const [i, input] of inputs.entries()) {
    const raw = rawIds[i] ?? '';
    const stamp = now();
    const result = await storeDocumentIn(trx, input, raw, stamp);
    results.push(result);
    const { articleId, status, reason } = result;
    items.push({ source: input.source, rawId: raw, articleId, status, reason, stamp });
  }
  await recordItems(trx, items);
  return results;
}

/** The article and, when it is new or updated, its events. */
async function storeDocumentIn(
  trx: Kysely<Database>,
  input: IngestInput,
  rawId: string,
  now: string,
): Promise<IngestResult> {
  const upsert = await upsertArticleIn(
    trx,
    { rawId, document: input.document, stageVersions: input.stageVersions },
    now,
  );
  let eventIds: Array<string | null> = [];
  if (upsert.status === 'new' || upsert.status === 'updated') {
    const saved = await saveEventsIn(
      trx,
      upsert.articleId,
      input.document.events,
      input.document.quotes,
      now,
      { fresh: upsert.status === 'new' },
    );
    eventIds = saved.eventIds;
  }
  return { ...upsert, rawId, eventIds };
}

export interface ItemInput {
  source: string;
  rawId: string;
  articleId: string | null;
  status: IngestStatus;
  reason: string;
  /** When the item was stored (its created and updated time). */
  stamp: string;
}

/** Rows per multi-row insert: 7 parameters each, far under SQLite's and PostgreSQL's limits. */
const ITEMS_PER_INSERT = 100;

/**
 * One row per (source, raw input). Seen again, the row keeps its first outcome ("new" stays "new": the
 * same input changes nothing) unless the item had failed or the article was updated by newer stages.
 * A batch that names one item twice is written row by row, in order: PostgreSQL refuses an upsert that
 * touches one row twice in one statement, and the second outcome must be judged against the first.
 */
export async function recordItems(trx: Kysely<Database>, items: readonly ItemInput[]): Promise<void> {
  const keys = new Set(items.map((item) => `${item.source}\u0000${item.rawId}`));
  const size = keys.size === items.length ? ITEMS_PER_INSERT : 1;
  for (let i = 0; i < items.length; i += size) await upsertItems(trx, items.slice(i, i + size));
}

async function upsertItems(trx: Kysely<Database>, items: readonly ItemInput[]): Promise<void> {
  if (items.length === 0) return;
  await trx
    .insertInto('ingest_items')
    .values(
      items.map((item) => ({
        source: item.source,
        raw_id: item.rawId,
        article_id: item.articleId,
        status: item.status,
        reason: item.reason,
        created_at: item.stamp,
        updated_at: item.stamp,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['source', 'raw_id'])
        .doUpdateSet((eb) => ({
          article_id: eb.ref('excluded.article_id'),
          status: eb.ref('excluded.status'),
          reason: eb.ref('excluded.reason'),
          updated_at: eb.ref('excluded.updated_at'),
        }))
        .where((eb) =>
          eb.or([eb('ingest_items.status', '=', 'failed'), eb('excluded.status', '=', 'updated')]),
        ),
    )
    .execute();
}
