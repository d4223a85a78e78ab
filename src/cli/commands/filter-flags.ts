import type { EventFilters } from '../../store/index.js';
import { ApiError } from '../../api/errors.js';
import { EVENT_PARAMS, eventFilters, type Query } from '../../api/validate.js';
import { UsageError } from '../output.js';

/** `--type X --actor Y ...`: the event list's query parameters as flags, for `query` and `export`. */
export const FILTER_OPTIONS = Object.fromEntries(
  EVENT_PARAMS.map((name) => [name, { type: 'string' as const, multiple: true as const }]),
);

export const FILTER_HELP = `Filters (as the API's /events): --type PLOVER[,PLOVER] --actor CODE --recipient CODE --involving CODE
  --country CODE (of the place) --place NAME --from YYYY-MM-DD --to YYYY-MM-DD --status STATUS
  --contradiction true|false --q TEXT`;

/** The same validation as the HTTP edge, its refusals turned into usage errors. */
export function filtersFromFlags(values: Record<string, unknown>): EventFilters {
  const query: Query = {};
  for (const name of EVENT_PARAMS) {
    const given = values[name];
    if (Array.isArray(given)) query[name] = given.map(String);
  }
  try {
    return eventFilters(query);
  } catch (error) {
    if (error instanceof ApiError) throw new UsageError(`--${error.message}`);
    throw error;
  }
}
