import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Indexes that let every event-list filter read its newest-first page in index order and count its
 * total from the index alone (issue 5: p95 < 50 ms at 100,000 events). Each filter column leads and
 * (sort_key, id) follows, so `where type = ? order by sort_key desc, id desc limit 51` stops after 51
 * index entries instead of sorting every event of that type. Measured with bench/api-probe.ts:
 * a type filter went from a sort of 7,922 rows to reading 51.
 *
 * The 0001 indexes these extend ((type, date_start), (place_code), (code, role), event_reports'
 * single columns) are dropped: every query they served is served by the longer one, and each extra
 * index costs every ingest write.
 */
const EVENT_LIST_INDEXES: Array<[name: string, leading: string]> = [
  ['events_type_sort_idx', 'type'],
  ['events_place_sort_idx', 'place_code'],
  ['events_status_sort_idx', 'status'],
  ['events_contradiction_sort_idx', 'contradiction'],
  // The place-name filter compares lower(place_name) (events-filter.ts); the expression must match.
  ['events_place_name_sort_idx', 'lower(place_name)'],
];

/**
 * Covering indexes for the joins behind the actor and text filters: actor code to event ids (counts
 * read only the index), an event's articles and an article's events (the full-text path).
 */
const JOIN_INDEXES: Array<[name: string, table: string, columns: string]> = [
  ['event_actors_code_event_idx', 'event_actors', 'code, role, event_id'],
  ['event_reports_event_article_idx', 'event_reports', 'event_id, article_id'],
  ['event_reports_article_event_idx', 'event_reports', 'article_id, event_id'],
];

const REPLACED = [
  'events_type_date_idx',
  'events_place_idx',
  'event_actors_code_idx',
  'event_reports_event_idx',
  'event_reports_article_idx',
];

export function listIndexesMigration(): Migration {
  return {
    async up(db) {
      for (const [name, leading] of EVENT_LIST_INDEXES) {
        await sql`create index ${sql.id(name)} on events (${sql.raw(leading)}, sort_key, id)`.execute(db);
      }
      for (const [name, table, columns] of JOIN_INDEXES) {
        await sql`create index ${sql.id(name)} on ${sql.id(table)} (${sql.raw(columns)})`.execute(db);
      }
      for (const name of REPLACED) await db.schema.dropIndex(name).ifExists().execute();
      // Planner statistics for the new indexes; cheap on a new database, needed on a loaded one.
      await sql`analyze`.execute(db);
    },
    async down(db) {
      await restoreReplaced(db);
      for (const [name] of [...EVENT_LIST_INDEXES, ...JOIN_INDEXES]) {
        await db.schema.dropIndex(name).ifExists().execute();
      }
    },
  };
}

async function restoreReplaced(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('events_type_date_idx').on('events').columns(['type', 'date_start']).execute();
  await db.schema.createIndex('events_place_idx').on('events').column('place_code').execute();
  await db.schema.createIndex('event_actors_code_idx').on('event_actors').columns(['code', 'role']).execute();
  await db.schema.createIndex('event_reports_event_idx').on('event_reports').column('event_id').execute();
  await db.schema.createIndex('event_reports_article_idx').on('event_reports').column('article_id').execute();
}
