import {
  NETWORK_DEFAULT_NODES,
  NETWORK_MAX_NODES,
  TIMELINE_DEFAULT_EVENTS,
  TIMELINE_MAX_EVENTS,
} from './routes/views.js';

/** OpenAPI entries of the UI's view summaries (routes/views.ts), spliced into openapi.ts's paths. */

const str = { type: 'string' };
const int = { type: 'integer' };
const nullableStr = { type: ['string', 'null'] };
const param = (name: string, description: string, schema: object = str) => ({
  name,
  in: 'query',
  description,
  schema,
});
const errors = {
  '400': { $ref: '#/components/responses/Error' },
  '401': { $ref: '#/components/responses/Error' },
};
const json = (description: string, schema: object) => ({
  '200': { description, content: { 'application/json': { schema } } },
});

const nodeId = 'a node id: PRK (a country), PRK/Kim Jong-un (a person with their code), /Name (no code)';

/** `GET /events/timeline` and `GET /network`, with the event list's filter parameters. */
export function viewPaths(eventParams: object[], eventSummary: object) {
  return {
    '/events/timeline': {
      get: {
        summary:
          'The timeline of the matching events in one response: counts per lane (first actor code) and ' +
          'per bucket of the start date (days for a range of up to 400 days, else months), and the newest events',
        parameters: [
          ...eventParams,
          param('limit', 'dated events to return one by one, newest first', {
            ...int,
            minimum: 1,
            maximum: TIMELINE_MAX_EVENTS,
            default: TIMELINE_DEFAULT_EVENTS,
          }),
        ],
        responses: {
          ...json('lanes with bucket counts, and events', {
            type: 'object',
            properties: {
              total: int,
              undated: int,
              extent: { type: ['object', 'null'], properties: { start: str, end: str } },
              unit: { enum: ['day', 'month'] },
              lanes: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    code: str,
                    count: int,
                    buckets: {
                      type: 'array',
                      items: { type: 'object', properties: { start: str, count: int } },
                    },
                  },
                },
              },
              events: { type: 'array', items: eventSummary },
              truncated: { type: 'boolean', description: 'more dated events match than events holds' },
            },
          }),
          ...errors,
        },
      },
    },
    '/network': {
      get: {
        summary:
          'The actor network of the matching events: countries and people (actors with a title, or the ' +
          'ELI sector; a surname alone joins the one longer name of its country that ends with it) as nodes, ' +
          'actor → recipient edges by event type with counts; with node, its events',
        parameters: [
          ...eventParams,
          param('nodes', 'keep the busiest nodes, and the edges among them', {
            ...int,
            minimum: 1,
            maximum: NETWORK_MAX_NODES,
            default: NETWORK_DEFAULT_NODES,
          }),
          param('node', `drill-down: the matching events with ${nodeId} on either side`),
          param('peer', 'with node: only the events with node as actor and peer as recipient'),
          param('limit', 'drill-down events to return, newest first', { ...int, minimum: 1, maximum: 500 }),
        ],
        responses: {
          ...json('nodes, edges and the selected events', {
            type: 'object',
            properties: {
              total: int,
              nodeTotal: int,
              nodes: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: str,
                    kind: { enum: ['country', 'person'] },
                    code: nullableStr,
                    name: nullableStr,
                    sector: nullableStr,
                    role: nullableStr,
                    count: int,
                  },
                },
              },
              edges: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { source: str, target: str, type: str, count: int },
                },
              },
              selection: {
                type: ['object', 'null'],
                properties: { total: int, events: { type: 'array', items: eventSummary } },
              },
            },
          }),
          ...errors,
        },
      },
    },
  };
}
