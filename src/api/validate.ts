import type { EventFilters, PageRequest } from '../store/index.js';
import { ApiError } from './errors.js';
import { EVENT_STATUSES, EVENT_TYPES } from './vocabulary.js';

/**
 * Validation at the edge: query strings become typed filters here or the request is refused with a 400
 * naming the parameter, so the store only ever sees well-formed values.
 */

export type Query = Record<string, string[]>;

const CODE = /^[A-Z]{3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CURSOR = /^[A-Za-z0-9_-]{1,400}$/;
const MAX_TEXT = 500;

/** The query parameters of the event list and the exports, as the OpenAPI document lists them. */
export const EVENT_PARAMS = [
  'type',
  'actor',
  'recipient',
  'involving',
  'country',
  'place',
  'from',
  'to',
  'status',
  'contradiction',
  'q',
] as const;
export const PAGE_PARAMS = ['cursor', 'limit'] as const;

export const badParam = (name: string, message: string) =>
  new ApiError(400, 'bad-parameter', `${name}: ${message}`);

/** Refuses parameters the route does not know: a typo ("typ=") must not silently list everything. */
export function onlyKnown(query: Query, known: readonly string[]): void {
  for (const name of Object.keys(query)) {
    if (!known.includes(name)) throw badParam(name, `unknown parameter; expected one of ${known.join(', ')}`);
  }
}

function single(query: Query, name: string): string | undefined {
  const values = query[name];
  if (!values || values.length === 0) return undefined;
  if (values.length > 1) throw badParam(name, 'give it once');
  return values[0];
}

function code(query: Query, name: string): string | undefined {
  const value = single(query, name)?.toUpperCase();
  if (value !== undefined && !CODE.test(value))
    throw badParam(name, `a three-letter code (PRK, KOR, IGO), got "${value}"`);
  return value;
}

function date(query: Query, name: string): string | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw badParam(name, `a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

function text(query: Query, name: string): string | undefined {
  const value = single(query, name);
  if (value !== undefined && (value.trim() === '' || value.length > MAX_TEXT)) {
    throw badParam(name, `non-empty text of at most ${MAX_TEXT} characters`);
  }
  return value;
}

function oneOf<T extends string>(query: Query, name: string, allowed: readonly T[]): T | undefined {
  const value = single(query, name);
  if (value !== undefined && !(allowed as readonly string[]).includes(value)) {
    throw badParam(name, `one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T | undefined;
}

/** `type=ASSAULT,COERCE` or `type=ASSAULT&type=COERCE`. */
function types(query: Query): string[] | undefined {
  const values = (query['type'] ?? []).flatMap((v) => v.split(',')).map((v) => v.trim().toUpperCase());
  for (const v of values) {
    if (!(EVENT_TYPES as readonly string[]).includes(v))
      throw badParam('type', `a PLOVER category, got "${v}"`);
  }
  return values.length ? values : undefined;
}

/** The event filters of `/events` and the exports. */
export function eventFilters(query: Query): EventFilters {
  const actor = code(query, 'actor');
  const involving = code(query, 'involving');
  if (actor && involving) throw badParam('involving', 'give either actor or involving, not both');
  const from = date(query, 'from');
  const to = date(query, 'to');
  if (from && to && from > to) throw badParam('from', `${from} is after to=${to}`);
  const contradiction = oneOf(query, 'contradiction', ['true', 'false']);
  const filters: EventFilters = {
    types: types(query),
    actorCode: actor ?? involving,
    role: actor ? 'actor' : undefined,
    recipientCode: code(query, 'recipient'),
    placeCode: code(query, 'country'),
    placeName: text(query, 'place'),
    from,
    to,
    status: oneOf(query, 'status', EVENT_STATUSES),
    contradiction: contradiction === undefined ? undefined : contradiction === 'true',
    text: text(query, 'q'),
  } as EventFilters;
  // exactOptionalPropertyTypes: absent filters are left out, not set to undefined.
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as EventFilters;
}

/** `cursor` (opaque, from a previous page) and `limit` (1 to 500, default 50). */
export function pageRequest(query: Query): PageRequest {
  const cursor = single(query, 'cursor');
  const limit = single(query, 'limit');
  const page: PageRequest = {};
  if (cursor !== undefined) {
    if (!CURSOR.test(cursor) || !isKeyList(cursor))
      throw badParam('cursor', 'not a cursor this API gave out');
    page.cursor = cursor;
  }
  if (limit !== undefined) {
    const n = Number(limit);
    if (!/^\d+$/.test(limit) || n < 1 || n > 500)
      throw badParam('limit', `an integer from 1 to 500, got "${limit}"`);
    page.limit = n;
  }
  return page;
}

/** A cursor decodes to a short list of strings and numbers; the store checks the exact shape. */
function isKeyList(cursor: string): boolean {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return (
      Array.isArray(value) && value.length <= 3 && value.every((v) => ['string', 'number'].includes(typeof v))
    );
  } catch {
    return false;
  }
}

export { code as codeParam, single as singleParam, text as textParam };
