import type { Migration } from 'kysely';

/**
 * fetch_state: what the last fetch of a URL (a feed, or an article page given by address) returned, so
 * the next ingest can ask with If-None-Match / If-Modified-Since and skip a body that did not change.
 * `body_hash` catches servers that send neither validator (or ignore them) but serve the same bytes.
 */
export function fetchStateMigration(): Migration {
  return {
    async up(db) {
      await db.schema
        .createTable('fetch_state')
        .addColumn('url', 'text', (c) => c.primaryKey())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('body_hash', 'text')
        .addColumn('checked_at', 'text', (c) => c.notNull())
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db) {
      await db.schema.dropTable('fetch_state').ifExists().execute();
    },
  };
}
