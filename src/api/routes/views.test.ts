/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are parsed JSON, read loosely in assertions */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedReadModels } from '../../store/__fixtures__/read-models.js';
import { openStore } from '../../store/index.js';
import { createApp } from '../app.js';
import { parseNodeId } from './views.js';

/** The view summaries over HTTP: parameters checked at the edge, "timeline" never read as an event id. */
test('GET /events/timeline and /network answer, and refuse what they do not know', async (t) => {
  const store = await openStore(':memory:', { now: () => new Date('2024-01-20T00:00:00Z') });
  try {
    await seedReadModels(store);
    const app = createApp({ store, access: { writeToken: null, readToken: null } });
    const get = async (path: string) => {
      const res = await app.request(`/api/v1${path}`);
      return { status: res.status, body: (await res.json()) as any };
    };
    const cases: Array<[string, string, number, ((body: any) => void)?]> = [
      ['timeline, not an event id', '/events/timeline', 200, (b) => assert.equal(b.total, 3)],
      [
        'timeline with filters',
        '/events/timeline?type=CONSULT&limit=1',
        200,
        (b) => assert.equal(b.events.length, 1),
      ],
      ['timeline limit out of range', '/events/timeline?limit=0', 400],
      ['timeline unknown parameter', '/events/timeline?nodes=3', 400],
      ['network', '/network', 200, (b) => assert.ok(b.nodes.length > 0 && b.selection === null)],
      [
        'network drill-down',
        '/network?node=PRK&limit=1',
        200,
        (b) => assert.equal(b.selection.events.length, 1),
      ],
      ['network bad node id', '/network?node=prk%2Fx%2F', 400],
      ['network peer without node', '/network?peer=KOR', 400],
      ['network nodes out of range', '/network?nodes=1000', 400],
      ['a real event id still resolves', '/events/nope', 404],
    ];
    for (const [label, path, status, check] of cases) {
      await t.test(label, async () => {
        const res = await get(path);
        assert.equal(res.status, status, JSON.stringify(res.body));
        check?.(res.body);
      });
    }
  } finally {
    await store.close();
  }
});

test('node ids: a country code, code/name, /name; anything else is refused', () => {
  const cases: Array<[string, ReturnType<typeof parseNodeId>]> = [
    ['PRK', { code: 'PRK', name: '' }],
    ['PRK/Kim Jong-un', { code: 'PRK', name: 'Kim Jong-un' }],
    ['/Someone', { code: '', name: 'Someone' }],
    ['prk', null],
    ['PRK/', null],
    ['PRKX/Kim', null],
    ['', null],
  ];
  for (const [id, expected] of cases) assert.deepEqual(parseNodeId(id), expected, id);
});
