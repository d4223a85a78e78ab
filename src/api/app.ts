import { Hono } from 'hono';
import type { EventStore } from '../store/index.js';
import { ApiError, errorResponse } from './errors.js';
import { openApiDocument } from './openapi.js';
import { catalogRoutes } from './routes/catalog.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/exports.js';
import { ingestRoutes } from './routes/ingest.js';
import { uiRoutes } from './routes/ui.js';
import { viewRoutes } from './routes/views.js';
import { requireRead, securityHeaders, type AccessPolicy } from './security.js';

export const API_BASE = '/api/v1';

/** Largest ingest body: the extractor's own input limit (16 MiB). */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface AppOptions {
  store: EventStore;
  access: AccessPolicy;
  maxBodyBytes?: number;
}

/** The HTTP app: JSON under /api/v1, security headers on every response, one error mapper. */
export function createApp({ store, access, maxBodyBytes = DEFAULT_MAX_BODY_BYTES }: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);
  const api = new Hono();
  // Ingest checks the write token itself; every other route is a read.
  api.use('*', async (c, next) => (c.req.method === 'POST' ? next() : requireRead(access)(c, next)));
  api.route('/', ingestRoutes(store, access, maxBodyBytes));
  api.route('/', viewRoutes(store));
  api.route('/', eventRoutes(store));
  api.route('/', catalogRoutes(store));
  api.route('/', exportRoutes(store));
  api.get('/openapi.json', (c) => c.json(openApiDocument(API_BASE)));
  app.route(API_BASE, api);
  app.route('/', uiRoutes());
  app.notFound((c) =>
    errorResponse(new ApiError(404, 'not-found', `no route ${c.req.path}; see ${API_BASE}/openapi.json`), c),
  );
  app.onError(errorResponse);
  return app;
}
