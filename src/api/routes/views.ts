import { Hono } from 'hono';
import type { EventStore, NodeRef } from '../../store/index.js';
import { badParam, EVENT_PARAMS, eventFilters, onlyKnown, singleParam, type Query } from '../validate.js';

/**
 * Events drawn one by one on the timeline's first screen, unless `limit` asks for another number: past a
 * few hundred marks a lane is a solid block, and the count bars already show every event.
 */
export const TIMELINE_DEFAULT_EVENTS = 500;
export const TIMELINE_MAX_EVENTS = 2000;
/** Nodes on the network's circle; more would crowd it past reading. */
export const NETWORK_DEFAULT_NODES = 40;
export const NETWORK_MAX_NODES = 200;
const SELECTION_DEFAULT_EVENTS = 100;
const SELECTION_MAX_EVENTS = 500;
const MAX_NODE_ID = 200;

/**
 * `GET /events/timeline` and `GET /network`: what the UI's timeline and network views draw on their first
 * screen, in one request each, aggregated in SQL over the event list's own filters (issue 6). Registered
 * before `/events/:id`, so "timeline" is never read as an event id.
 */
export function viewRoutes(store: EventStore): Hono {
  const app = new Hono();
  app.get('/events/timeline', async (c) => {
    const query = c.req.queries();
    onlyKnown(query, [...EVENT_PARAMS, 'limit']);
    const limit = count(query, 'limit', TIMELINE_DEFAULT_EVENTS, TIMELINE_MAX_EVENTS);
    return c.json(await store.eventTimeline(eventFilters(query), limit));
  });
  app.get('/network', async (c) => {
    const query = c.req.queries();
    onlyKnown(query, [...EVENT_PARAMS, 'nodes', 'node', 'peer', 'limit']);
    const filters = eventFilters(query);
    const maxNodes = count(query, 'nodes', NETWORK_DEFAULT_NODES, NETWORK_MAX_NODES);
    const node = nodeParam(query, 'node');
    const peer = nodeParam(query, 'peer');
    if (peer && !node) throw badParam('peer', 'give node too: peer narrows node’s events to node → peer');
    const graph = await store.eventNetwork(filters, maxNodes);
    if (!node) return c.json({ ...graph, selection: null });
    const limit = count(query, 'limit', SELECTION_DEFAULT_EVENTS, SELECTION_MAX_EVENTS);
    const selection = await store.networkSelection(filters, node, peer, limit);
    return c.json({ ...graph, selection });
  });
  return app;
}

function count(query: Query, name: string, fallback: number, max: number): number {
  const value = singleParam(query, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) throw badParam(name, `an integer from 1 to ${max}`);
  return n;
}

/**
 * A network node id: `PRK` (a country), `PRK/Kim Jong-un` (a person with their code) or `/Name` (a
 * person without one), as `GET /network` gives them out.
 */
export function parseNodeId(id: string): NodeRef | null {
  if (/^[A-Z]{3}$/.test(id)) return { code: id, name: '' };
  const slash = id.indexOf('/');
  if (slash !== 0 && slash !== 3) return null;
  const code = id.slice(0, slash);
  const name = id.slice(slash + 1);
  return (code === '' || /^[A-Z]{3}$/.test(code)) && name.trim() !== '' ? { code, name } : null;
}

function nodeParam(query: Query, name: string): NodeRef | null {
  const value = singleParam(query, name);
  if (value === undefined) return null;
  const node = value.length <= MAX_NODE_ID ? parseNodeId(value) : null;
  if (!node)
    throw badParam(name, `a node id as GET /network gives them (PRK, PRK/Kim Jong-un), got "${value}"`);
  return node;
}
