import type { Migration } from 'kysely';
import type { DialectName } from '../dialect.js';
import { initialMigration } from './0001-initial.js';
import { fetchStateMigration } from './0002-fetch-state.js';
import { listIndexesMigration } from './0003-list-indexes.js';
import { searchStatisticsMigration } from './0004-search-statistics.js';

/**
 * Every migration in order, by name. Listed here rather than read from the folder so the same list
 * works from src/ (tsx) and dist/ (built). To add one: add `NNNN-name.ts` and one line below.
 */
export function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-fetch-state': fetchStateMigration(),
    '0003-list-indexes': listIndexesMigration(),
    '0004-search-statistics': searchStatisticsMigration(dialect),
  };
}
