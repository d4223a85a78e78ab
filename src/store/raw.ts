import type { Kysely } from 'kysely';
import { sha256Hex } from '../stages/dedup/index.js';
import type { RawInput } from './repository.js';
import type { Database, RawInputRow } from './schema.js';

const bytesOf = (input: RawInput): Uint8Array =>
  typeof input.content === 'string' ? new TextEncoder().encode(input.content) : input.content;

function rawRow(input: RawInput, now: string): RawInputRow {
  const content = bytesOf(input);
  return {
    id: sha256Hex(content),
    content,
    content_type: input.contentType,
    source_url: input.sourceUrl ?? null,
    fetched_at: input.fetchedAt ?? now,
    size: content.byteLength,
  };
}

/** Store raw bytes under their SHA-256; storing the same bytes again changes nothing. */
export async function saveRawIn(
  trx: Kysely<Database>,
  input: RawInput,
  now: string,
): Promise<{ id: string; created: boolean }> {
  const row = rawRow(input, now);
  const result = await trx
    .insertInto('raw_inputs')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return { id: row.id, created: Number(result.numInsertedOrUpdatedRows ?? 0) > 0 };
}

/** Rows per multi-row insert: a batch's pages (a few MB at most) in one statement, 6 parameters each. */
const RAWS_PER_INSERT = 64;

/**
 * `saveRawIn` for a batch, returning each input's id: one statement per RAWS_PER_INSERT inputs instead
 * of one each. Bytes seen twice (stored before or twice in the batch) are kept once: DO NOTHING skips a
 * repeat within one statement too.
 */
export async function saveRawsIn(
  trx: Kysely<Database>,
  inputs: readonly RawInput[],
  now: string,
): Promise<string[]> {
  const rows = inputs.map((input) => rawRow(input, now));
  for (let i = 0; i < rows.length; i += RAWS_PER_INSERT) {
    await trx
      .insertInto('raw_inputs')
      .values(rows.slice(i, i + RAWS_PER_INSERT))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
  return rows.map((row) => row.id);
}
