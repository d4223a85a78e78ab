import type { Migration } from 'kysely';
import type { DialectName } from '../dialect.js';
import { forgetSearchIndexStatistics } from '../search.js';

/**
 * Removes the planner statistics migration 0003's `analyze` took of the SQLite full-text index's
 * shadow tables (article_fts_data, _idx, _docsize, _config): with them every free-text probe
 * re-planned FTS5's term lookup (search.ts). Nothing to do on PostgreSQL, and nothing to undo: the
 * statistics come back with the next full `analyze`.
 */
export function searchStatisticsMigration(dialect: DialectName): Migration {
  return {
    async up(db) {
      await forgetSearchIndexStatistics(db, dialect);
    },
    async down() {},
  };
}
