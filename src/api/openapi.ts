import { EXPORT_FORMATS } from './export/formats.js';
import { viewPaths } from './openapi-views.js';
import { EVENT_STATUSES, EVENT_TYPES } from './vocabulary.js';

/**
 * The OpenAPI 3.1 document, written by hand beside the routes; a test checks that it lists exactly the
 * routes the app serves, so the two cannot drift apart.
 */

const str = { type: 'string' };
const param = (name: string, description: string, schema: object = str) => ({
  name,
  in: 'query',
  description,
  schema,
});
const code = (name: string, what: string) =>
  param(name, `${what}: a three-letter code (ISO 3166-1 alpha-3, or IGO, UNO, ...)`, {
    type: 'string',
    pattern: '^[A-Za-z]{3}$',
  });

const eventParams = [
  param('type', 'PLOVER categories, comma-separated or repeated', { type: 'string', enum: EVENT_TYPES }),
  code('actor', 'an actor code on the actor side'),
  code('recipient', 'an actor code on the recipient side'),
  code('involving', 'an actor code on either side (not with actor)'),
  code('country', 'the country of the place'),
  param('place', 'place name, case-insensitive'),
  param('from', 'events whose date interval ends on or after this day', { type: 'string', format: 'date' }),
  param('to', 'events whose date interval starts on or before this day', { type: 'string', format: 'date' }),
  param('status', 'event status', { type: 'string', enum: EVENT_STATUSES }),
  param('contradiction', 'only events whose reports disagree (true) or agree (false)', { type: 'boolean' }),
  param('q', 'free text: events reported by an article with every word (stemmed)'),
];
const pageParams = [
  param('cursor', 'nextCursor of the previous page'),
  param('limit', 'page size', { type: 'integer', minimum: 1, maximum: 500, default: 50 }),
];
const idParam = { name: 'id', in: 'path', required: true, schema: str };

const ok = (description: string, schema: object = { type: 'object' }, type = 'application/json') => ({
  '200': { description, content: { [type]: { schema } } },
});
const errors = {
  '400': { $ref: '#/components/responses/Error' },
  '401': { $ref: '#/components/responses/Error' },
};

const eventSummary = {
  type: 'object',
  description: 'A canonical event: one real-world event, backed by reportCount reports',
  properties: {
    id: str,
    type: { type: 'string', enum: EVENT_TYPES },
    mode: { type: ['string', 'null'] },
    date: {
      type: ['object', 'null'],
      properties: { start: str, end: str, precision: { type: ['string', 'null'] } },
    },
    place: {
      type: ['object', 'null'],
      properties: {
        name: str,
        code: { type: ['string', 'null'] },
        lat: { type: ['number', 'null'] },
        lon: { type: ['number', 'null'] },
      },
    },
    status: { type: 'string', enum: EVENT_STATUSES },
    reportCount: { type: 'integer' },
    contradiction: { type: 'boolean' },
    contradictions: {
      type: 'array',
      items: { type: 'object', properties: { field: str, values: { type: 'array' } } },
    },
    actors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          role: { enum: ['actor', 'recipient'] },
          code: str,
          sector: { type: ['string', 'null'] },
        },
      },
    },
  },
};

const exportPaths = Object.fromEntries(
  Object.values(EXPORT_FORMATS).map((f) => [
    `/export.${f.extension}`,
    {
      get: {
        summary: `Every matching event as ${f.name}, streamed`,
        parameters: eventParams,
        responses: { ...ok(`${f.name} export`, { type: 'string' }, f.contentType.split(';')[0]), ...errors },
      },
    },
  ]),
);

export function openApiDocument(serverUrl = '/api/v1') {
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitroom API',
      version: '1',
      description:
        'Deduplicated, source-linked political events (PLOVER) from news. Errors are {"error": {"code", "message"}}.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/events': {
        get: {
          summary: 'Canonical events, newest first, with the total for the filters',
          parameters: [...eventParams, ...pageParams],
          responses: {
            ...ok('a page of events', {
              type: 'object',
              properties: {
                events: { type: 'array', items: eventSummary },
                total: { type: 'integer' },
                nextCursor: { type: ['string', 'null'] },
              },
            }),
            ...errors,
          },
        },
      },
      '/events/{id}': {
        get: {
          summary: 'One event with every report: article, evidence span, quote, and contradictions',
          parameters: [idParam],
          responses: { ...ok('the event'), '404': { $ref: '#/components/responses/Error' } },
        },
      },
      ...viewPaths(eventParams, eventSummary),
      '/articles': {
        get: {
          summary: 'Stored articles, newest first; with q, a full-text search (one page, best first)',
          parameters: [param('q', 'words to search titles and bodies for'), ...pageParams],
          responses: { ...ok('a page of articles'), ...errors },
        },
      },
      '/articles/{id}': {
        get: {
          summary: 'One article: text, entities, quotes, messages, its reports and copies',
          parameters: [idParam],
          responses: { ...ok('the article'), '404': { $ref: '#/components/responses/Error' } },
        },
      },
      '/actors': {
        get: {
          summary: 'Actor codes by number of events, with counts per side and sectors',
          parameters: [param('prefix', 'code prefix'), pageParams[1]],
          responses: { ...ok('actor codes'), ...errors },
        },
      },
      '/quotes': {
        get: {
          summary: 'Quotes, newest article first, with their article',
          parameters: [param('article', 'article id'), code('speaker', "the speaker's code"), ...pageParams],
          responses: { ...ok('a page of quotes'), ...errors },
        },
      },
      ...exportPaths,
      '/ingest': {
        post: {
          summary: 'Run records through the pipeline and store them (needs the write token)',
          security: [{ bearer: [] }],
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  description: '{"id", "text"|"html", "title"?, "url"?, "publishedAt"?}',
                },
              },
              'application/x-ndjson': { schema: { type: 'string', description: 'one such record per line' } },
            },
          },
          responses: {
            ...ok('a status per record'),
            ...errors,
            '403': { $ref: '#/components/responses/Error' },
            '413': { $ref: '#/components/responses/Error' },
          },
        },
      },
      '/openapi.json': { get: { summary: 'This document', responses: ok('OpenAPI 3.1') } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      responses: {
        Error: {
          description: 'An error',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { error: { type: 'object', properties: { code: str, message: str } } },
              },
            },
          },
        },
      },
    },
  };
}
