/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are parsed JSON, read loosely in assertions */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedReadModels } from '../store/__fixtures__/read-models.js';
import type { EventStore } from '../store/index.js';
import { DIALECTS, type DialectCase } from '../store/test-dialects.js';
import { createApp } from './app.js';
import { openApiDocument } from './openapi.js';

const WRITE = 'write-secret';
const open = { writeToken: WRITE, readToken: null };

/** The app over a seeded store of one dialect (each API test runs once per dialect, as the store's). */
async function withApp(
  dialect: DialectCase,
  access: typeof open,
  run: (app: ReturnType<typeof createApp>, store: EventStore) => Promise<void>,
) {
  const { store, cleanup } = await dialect.open();
  try {
    await seedReadModels(store);
    await run(createApp({ store, access, maxBodyBytes: 4096 }), store);
  } finally {
    await cleanup();
  }
}

/** Reads, with what each must answer: the status and a check on the body. */
const readCases: Array<{ label: string; path: string; status: number; check?: (body: any) => void }> = [
  { label: 'all events with a total', path: '/events', status: 200, check: (b) => assert.equal(b.total, 3) },
  {
    label: 'type filter',
    path: '/events?type=CONSULT',
    status: 200,
    check: (b) => assert.equal(b.events[0].type, 'CONSULT'),
  },
  {
    label: 'repeated types',
    path: '/events?type=CONSULT&type=assault',
    status: 200,
    check: (b) => assert.equal(b.total, 2),
  },
  {
    label: 'actor and recipient',
    path: '/events?actor=prk&recipient=KOR',
    status: 200,
    check: (b) => assert.equal(b.total, 1),
  },
  {
    label: 'involving either side',
    path: '/events?involving=RUS',
    status: 200,
    check: (b) => assert.equal(b.total, 1),
  },
  {
    label: 'country of the place',
    path: '/events?country=PRK',
    status: 200,
    check: (b) => assert.equal(b.total, 1),
  },
  { label: 'place name', path: '/events?place=Moscow', status: 200, check: (b) => assert.equal(b.total, 1) },
  {
    label: 'date interval',
    path: '/events?from=2024-01-10&to=2024-01-15',
    status: 200,
    check: (b) => assert.equal(b.total, 1),
  },
  { label: 'status', path: '/events?status=claimed', status: 200, check: (b) => assert.equal(b.total, 1) },
  {
    label: 'contradiction flag',
    path: '/events?contradiction=true',
    status: 200,
    check: (b) => assert.equal(b.total, 1),
  },
  {
    label: 'free text',
    path: '/events?q=artillery',
    status: 200,
    check: (b) => assert.equal(b.events[0].type, 'ASSAULT'),
  },
  { label: 'page size', path: '/events?limit=1', status: 200, check: (b) => assert.ok(b.nextCursor) },
  { label: 'articles', path: '/articles', status: 200, check: (b) => assert.equal(b.total, 4) },
  {
    label: 'article search',
    path: '/articles?q=shells',
    status: 200,
    check: (b) => assert.equal(b.articles.length, 1),
  },
  {
    label: 'actors',
    path: '/actors?prefix=K',
    status: 200,
    check: (b) =>
      assert.deepEqual(
        b.actors.map((a: any) => a.code),
        ['KOR'],
      ),
  },
  {
    label: 'quotes by speaker',
    path: '/quotes?speaker=jpn',
    status: 200,
    check: (b) => assert.equal(b.quotes.length, 1),
  },
  { label: 'openapi', path: '/openapi.json', status: 200, check: (b) => assert.equal(b.openapi, '3.1.0') },
];

/** Requests the edge refuses, each with the error code it must give. */
const negativeCases: Array<{ label: string; path: string; status: number; code: string }> = [
  { label: 'unknown type', path: '/events?type=INVADE', status: 400, code: 'bad-parameter' },
  { label: 'misspelt parameter', path: '/events?typ=ASSAULT', status: 400, code: 'bad-parameter' },
  { label: 'impossible date', path: '/events?from=2024-02-30', status: 400, code: 'bad-parameter' },
  {
    label: 'from after to',
    path: '/events?from=2024-02-01&to=2024-01-01',
    status: 400,
    code: 'bad-parameter',
  },
  { label: 'code not three letters', path: '/events?actor=NORTHKOREA', status: 400, code: 'bad-parameter' },
  {
    label: 'actor with involving',
    path: '/events?actor=PRK&involving=KOR',
    status: 400,
    code: 'bad-parameter',
  },
  { label: 'limit too large', path: '/events?limit=5000', status: 400, code: 'bad-parameter' },
  {
    label: 'forged cursor',
    path: `/events?cursor=${Buffer.from('[1]').toString('base64url')}`,
    status: 400,
    code: 'bad-parameter',
  },
  { label: 'garbage cursor', path: '/events?cursor=%%%', status: 400, code: 'bad-parameter' },
  {
    label: 'contradiction not boolean',
    path: '/events?contradiction=yes',
    status: 400,
    code: 'bad-parameter',
  },
  { label: 'unknown event', path: '/events/nope', status: 404, code: 'not-found' },
  { label: 'unknown article', path: '/articles/nope', status: 404, code: 'not-found' },
  { label: 'unknown route', path: '/nothing', status: 404, code: 'not-found' },
];

for (const dialect of DIALECTS) {
  test(
    `[${dialect.name}] reads: filters, pages, catalog, security headers`,
    { skip: dialect.skip },
    async (t) => {
      await withApp(dialect, open, async (app) => {
        for (const { label, path, status, check } of readCases) {
          await t.test(label, async () => {
            const res = await app.request(`/api/v1${path}`);
            assert.equal(res.status, status);
            assert.equal(res.headers.get('X-Content-Type-Options'), 'nosniff');
            assert.match(res.headers.get('Content-Security-Policy') ?? '', /default-src 'none'/);
            check?.(await res.json());
          });
        }
      });
    },
  );

  test(
    `[${dialect.name}] negative cases: refused at the edge with a JSON error`,
    { skip: dialect.skip },
    async (t) => {
      await withApp(dialect, open, async (app) => {
        for (const { label, path, status, code } of negativeCases) {
          await t.test(label, async () => {
            const res = await app.request(`/api/v1${path}`);
            assert.equal(res.status, status);
            assert.equal(res.headers.get('X-Content-Type-Options'), 'nosniff');
            const body = (await res.json()) as { error: { code: string; message: string } };
            assert.equal(body.error.code, code);
            assert.ok(body.error.message.length > 0);
          });
        }
      });
    },
  );

  test(`[${dialect.name}] paging by cursor covers every event once`, { skip: dialect.skip }, async () => {
    await withApp(dialect, open, async (app) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await app.request(`/api/v1/events?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        const page = (await res.json()) as { events: Array<{ id: string }>; nextCursor: string | null };
        ids.push(...page.events.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor);
      assert.equal(new Set(ids).size, 3);
    });
  });

  test(
    `[${dialect.name}] one event: reports with article, evidence and contradictions`,
    { skip: dialect.skip },
    async () => {
      await withApp(dialect, open, async (app) => {
        const list = (await (await app.request('/api/v1/events?contradiction=true')).json()) as {
          events: Array<{ id: string }>;
        };
        const res = await app.request(`/api/v1/events/${list.events[0]?.id}`);
        const event = (await res.json()) as any;
        assert.equal(event.reports.length, 2);
        assert.equal(event.reports[0].articleUrl, 'https://example.com/launch');
        assert.deepEqual(event.reports[0].event.evidence, {
          text: 'fired ballistic missiles',
          start: 13,
          end: 37,
        });
        assert.equal(event.contradictions[0].field, 'count');
        assert.equal(event.reports[0].quote, null);
      });
    },
  );
}

test('the OpenAPI document lists every route the app serves, and no other', async () => {
  await withApp(DIALECTS[0] as DialectCase, open, async (app) => {
    const served = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/v1/'))
        .map((r) => `${r.method} ${r.path.replace('/api/v1', '').replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(openApiDocument().paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    assert.deepEqual([...served].sort(), [...documented].sort());
  });
});
