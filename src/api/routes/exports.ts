import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import type { EventStore } from '../../store/index.js';
import { exportChunks, EXPORT_FORMATS } from '../export/formats.js';
import { EVENT_PARAMS, eventFilters, onlyKnown } from '../validate.js';

/**
 * `GET /export.<csv|ndjson|plover.json|geojson>` with the event list's filters. The body is written
 * event by event as the store pages through the matches, so memory stays flat at 100,000 events.
 */
export function exportRoutes(store: EventStore): Hono {
  const app = new Hono();
  for (const format of Object.values(EXPORT_FORMATS)) {
    app.get(`/export.${format.extension}`, (c) => {
      const query = c.req.queries();
      onlyKnown(query, EVENT_PARAMS);
      const filters = eventFilters(query);
      c.header('Content-Type', format.contentType);
      c.header('Content-Disposition', `attachment; filename="sitroom-events.${format.extension}"`);
      return stream(c, async (out) => {
        for await (const chunk of exportChunks(store.exportEvents(filters), format)) {
          if (out.aborted) break;
          if (chunk) await out.write(chunk);
        }
      });
    });
  }
  return app;
}
