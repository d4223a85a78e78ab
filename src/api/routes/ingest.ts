import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { EventStore } from '../../store/index.js';
import { ApiError } from '../errors.js';
import { ingestRecords } from '../ingest.js';
import { requireWrite, type AccessPolicy } from '../security.js';

const JSON_TYPE = /^application\/json\b/i;
const LINES_TYPE = /^application\/(?:x-ndjson|jsonl|x-jsonlines)\b/i;

/** `POST /ingest`: one JSON record, or JSON Lines; needs the write token; bodies up to `maxBytes`. */
export function ingestRoutes(store: EventStore, policy: AccessPolicy, maxBytes: number): Hono {
  const app = new Hono();
  app.post(
    '/ingest',
    requireWrite(policy),
    bodyLimit({
      maxSize: maxBytes,
      onError: () => {
        throw new ApiError(
          413,
          'body-too-large',
          `the body is over ${maxBytes} bytes; send fewer records per request`,
        );
      },
    }),
    async (c) => {
      const type = c.req.header('Content-Type') ?? '';
      const body = await c.req.text();
      let lines: string[];
      if (LINES_TYPE.test(type)) lines = body.split(/\r?\n/);
      // One record: re-serialized on one line, so a pretty-printed object is one record, not many lines.
      else if (JSON_TYPE.test(type)) lines = [oneLine(body)];
      else
        throw new ApiError(
          415,
          'unsupported-media-type',
          'send application/json (one record) or application/x-ndjson',
        );
      const items = await ingestRecords(store, lines);
      const counts: Record<string, number> = {};
      for (const item of items) counts[item.status] = (counts[item.status] ?? 0) + 1;
      return c.json({ items, counts });
    },
  );
  return app;
}

function oneLine(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body));
  } catch {
    return body.replace(/\r?\n/g, ' ');
  }
}
