import type { Kysely } from 'kysely';
import { sha256Hex } from '../stages/dedup/index.js';
import type { RawInput } from './repository.js';
import type { Database } from './schema.js';

/** Store raw bytes under their SHA-256; storing the same bytes again changes nothing. */
export async function saveRawIn(
  trx: Kysely<Database>,
  input: RawInput,
  now: string,
): Promise<{ id: string; created: boolean }> {
  const content = typeof input.content === 'string' ? new TextEncoder().encode(input.content) : input.content;
  const id = sha256Hex(content);
  const result = await trx
    .insertInto('raw_inputs')
    .values({
      id,
      content,
      content_type: input.contentType,
      source_url: input.sourceUrl ?? null,
      fetched_at: input.fetchedAt ?? now,
      size: content.byteLength,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return { id, created: Number(result.numInsertedOrUpdatedRows ?? 0) > 0 };
}
