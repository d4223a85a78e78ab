/**
 * The search state lives in the query string, so every view is a URL an analyst can share or save:
 * `/?type=ASSAULT&actor=PRK&from=2022-01-01`. The names are the API's own filter parameters
 * (src/api/validate.ts), so the same string is passed on to /api/v1/events unchanged.
 */
export const FILTER_PARAMS = [
  'type',
  'actor',
  'recipient',
  'country',
  'place',
  'from',
  'to',
  'status',
  'contradiction',
  'q',
] as const;
export type FilterName = (typeof FILTER_PARAMS)[number];
export type FilterState = Partial<Record<FilterName, string>>;

/** The filters in a query string; unknown and empty parameters are left out. */
export function readFilters(search: string): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  for (const name of FILTER_PARAMS) {
    const value = params.get(name)?.trim();
    if (value) state[name] = value;
  }
  return state;
}

/** Filters back to query parameters, in a fixed order so equal states give equal URLs. */
export function filterParams(state: FilterState): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = state[name];
    if (value) params.set(name, value);
  }
  return params;
}

/** A page path with the filters as its query string: `/timeline?actor=PRK`. */
export function withFilters(path: string, state: FilterState, extra: Record<string, string> = {}): string {
  const params = filterParams(state);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
