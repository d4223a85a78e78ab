/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are parsed JSON, read loosely in assertions */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedReadModels } from '../store/__fixtures__/read-models.js';
import { DIALECTS, type DialectCase } from '../store/test-dialects.js';
import { createApp } from './app.js';
import type { AccessPolicy } from './security.js';

/** The app over a seeded store of one dialect (each API test runs once per dialect, as the store's). */
async function appWith(dialect: DialectCase, access: AccessPolicy) {
  const { store, cleanup } = await dialect.open();
  await seedReadModels(store);
  return { app: createApp({ store, access, maxBodyBytes: 2048 }), cleanup };
}

const record = JSON.stringify({
  id: 'a1',
  text: 'Seoul, Jan. 3 -- The two ministers met in Seoul on Tuesday to discuss trade.',
});
const post = (body: string, headers: Record<string, string>) => ({ method: 'POST', body, headers });

/** Who may write: each case a policy, the request headers, and the status it must get. */
const writeCases: Array<{
  label: string;
  access: AccessPolicy;
  headers: Record<string, string>;
  status: number;
  code?: string;
}> = [
  {
    label: 'no token configured: writes disabled',
    access: { writeToken: null, readToken: null },
    headers: { Authorization: 'Bearer x' },
    status: 403,
    code: 'writes-disabled',
  },
  {
    label: 'no Authorization header',
    access: { writeToken: 'w', readToken: null },
    headers: {},
    status: 401,
    code: 'unauthorized',
  },
  {
    label: 'wrong token',
    access: { writeToken: 'w', readToken: null },
    headers: { Authorization: 'Bearer ww' },
    status: 401,
    code: 'unauthorized',
  },
  {
    label: 'read token does not write',
    access: { writeToken: 'w', readToken: 'r' },
    headers: { Authorization: 'Bearer r' },
    status: 401,
    code: 'unauthorized',
  },
  {
    label: 'right token, wrong media type',
    access: { writeToken: 'w', readToken: null },
    headers: { Authorization: 'Bearer w', 'Content-Type': 'text/plain' },
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    label: 'right token',
    access: { writeToken: 'w', readToken: null },
    headers: { Authorization: 'Bearer w', 'Content-Type': 'application/json' },
    status: 200,
  },
];

for (const dialect of DIALECTS) {
  test(`[${dialect.name}] ingest needs the write token`, { skip: dialect.skip }, async (t) => {
    for (const { label, access, headers, status, code } of writeCases) {
      await t.test(label, async () => {
        const { app, cleanup } = await appWith(dialect, access);
        try {
          const res = await app.request('/api/v1/ingest', post(record, headers));
          assert.equal(res.status, status);
          if (code) assert.equal(((await res.json()) as { error: { code: string } }).error.code, code);
        } finally {
          await cleanup();
        }
      });
    }
  });

  test(
    `[${dialect.name}] ingest: JSON Lines, a bad line by number, re-post changes nothing, body limit`,
    { skip: dialect.skip },
    async () => {
      const { app, cleanup } = await appWith(dialect, { writeToken: 'w', readToken: null });
      try {
        const headers = { Authorization: 'Bearer w', 'Content-Type': 'application/x-ndjson' };
        const body = `${record}\n{not json\n`;
        const first = (await (await app.request('/api/v1/ingest', post(body, headers))).json()) as any;
        assert.deepEqual(
          first.items.map((i: any) => [i.id, i.status]),
          [
            ['a1', 'new'],
            ['line:2', 'failed'],
          ],
        );
        const again = (await (await app.request('/api/v1/ingest', post(record, headers))).json()) as any;
        assert.notEqual(again.items[0].status, 'new');
        const big = await app.request('/api/v1/ingest', post(`${record}\n`.repeat(100), headers));
        assert.equal(big.status, 413);
      } finally {
        await cleanup();
      }
    },
  );

  test(`[${dialect.name}] reads need the read token when one is set`, { skip: dialect.skip }, async () => {
    const { app, cleanup } = await appWith(dialect, { writeToken: 'w', readToken: 'r' });
    try {
      assert.equal((await app.request('/api/v1/events')).status, 401);
      assert.equal(
        (await app.request('/api/v1/events', { headers: { Authorization: 'Bearer nope' } })).status,
        401,
      );
      assert.equal(
        (await app.request('/api/v1/events', { headers: { Authorization: 'Bearer r' } })).status,
        200,
      );
      const exported = await app.request('/api/v1/export.csv', { headers: { Authorization: 'Bearer w' } });
      assert.equal(exported.status, 200);
      assert.match(await exported.text(), /^event_id,/);
    } finally {
      await cleanup();
    }
  });
}

/** Each export: its content type and a check on the parsed body. */
const exportCases: Array<{ label: string; path: string; type: RegExp; check: (text: string) => void }> = [
  {
    label: 'CSV: header, one row per event, provenance columns',
    path: '/export.csv',
    type: /^text\/csv/,
    check: (text) => {
      const lines = text.trimEnd().split('\r\n');
      assert.equal(lines.length, 4);
      assert.match(lines[0] ?? '', /^event_id,event_date,.*source_urls,evidence$/);
      assert.ok(lines.some((l) => l.includes('https://example.com/launch https://example.org/report')));
    },
  },
  {
    label: 'NDJSON: one event per line with reports',
    path: '/export.ndjson?type=MOBILIZE',
    type: /^application\/x-ndjson/,
    check: (text) => {
      const events = text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.equal(events.length, 1);
      assert.equal(events[0].reports.length, 2);
    },
  },
  {
    label: 'PLOVER JSON: GSR field names',
    path: '/export.plover.json?type=CONSULT',
    type: /^application\/json/,
    check: (text) => {
      const [event] = JSON.parse(text);
      assert.equal(event.event, 'CONSULT');
      assert.deepEqual(
        event.source.map((a: any) => a.code),
        ['RUS'],
      );
      assert.deepEqual(
        event.target.map((a: any) => a.code),
        ['PRK'],
      );
    },
  },
  {
    label: 'GeoJSON: only events with a point, lon before lat',
    path: '/export.geojson',
    type: /^application\/geo\+json/,
    check: (text) => {
      const collection = JSON.parse(text);
      assert.equal(collection.features.length, 2);
      const moscow = collection.features.find((f: any) => f.properties.place === 'Moscow');
      assert.deepEqual(moscow.geometry.coordinates, [37.62, 55.75]);
    },
  },
  {
    label: 'empty export is still valid JSON',
    path: '/export.geojson?type=RETREAT',
    type: /^application\/geo\+json/,
    check: (text) => assert.deepEqual(JSON.parse(text).features, []),
  },
];

for (const dialect of DIALECTS) {
  test(`[${dialect.name}] exports: four formats, filtered, valid`, { skip: dialect.skip }, async (t) => {
    const { app, cleanup } = await appWith(dialect, { writeToken: null, readToken: null });
    try {
      for (const { label, path, type, check } of exportCases) {
        await t.test(label, async () => {
          const res = await app.request(`/api/v1${path}`);
          assert.equal(res.status, 200);
          assert.match(res.headers.get('Content-Type') ?? '', type);
          assert.equal(res.headers.get('X-Content-Type-Options'), 'nosniff');
          check(await res.text());
        });
      }
    } finally {
      await cleanup();
    }
  });
}
