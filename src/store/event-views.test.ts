import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../core/document.js';
import type { EventFilters, EventStore } from './repository.js';
import { actor, DIALECTS, filler, testDocument, testEvent } from './test-dialects.js';

const day = (d: string) => ({ start: d, end: d, text: '', precision: 'day' as const, anchor: null });
const person = (name: string, code: string, role: string | null, sector = 'GOV'): Actor => ({
  name,
  code,
  sector,
  role,
});
const kim = person('Kim Jong-un', 'PRK', 'Supreme Leader');
const gunn = person('Kim Gunn', 'KOR', 'Special Representative');
const pak = person('Jung Pak', 'USA', 'Deputy Special Representative');
const putin = person('President Putin', 'RUS', null, 'ELI');
/** The same man by surname in another report: one node with "President Putin". */
const putinAlias = person('Putin', 'RUS', 'President');

/** Eight events: countries and people on either side, one undated, one domestic order, one alias. */
const seed = [
  testEvent({ type: 'MOBILIZE', actor: [kim], recipient: [], date: day('2024-01-14') }),
  testEvent({
    type: 'ASSAULT',
    actor: [actor('PRK', 'MIL')],
    recipient: [actor('KOR')],
    date: day('2024-01-20'),
  }),
  testEvent({ type: 'CONSULT', actor: [gunn], recipient: [pak], date: day('2024-01-16') }),
  testEvent({ type: 'THREATEN', actor: [kim], recipient: [actor('KOR', null)], date: day('2024-02-02') }),
  testEvent({ type: 'ACCUSE', actor: [actor('KOR')], recipient: [actor('PRK', null)], date: null }),
  testEvent({ type: 'CONSULT', actor: [putin], recipient: [kim], date: day('2023-09-13') }),
  testEvent({ type: 'COERCE', actor: [kim], recipient: [actor('PRK', null)], date: day('2024-03-01') }),
  testEvent({ type: 'AGREE', actor: [putinAlias], recipient: [kim], date: day('2023-11-20') }),
];

async function seeded(store: EventStore): Promise<void> {
  const document = testDocument({ url: 'https://example.com/views', text: filler(900) });
  const { articleId } = await store.upsertArticle({ rawId: null, document, stageVersions: {} });
  await store.saveEvents(articleId, seed);
}

const FILTERS: Array<[string, EventFilters]> = [
  ['no filter', {}],
  ['actor side', { actorCode: 'PRK', role: 'actor' }],
  ['either side', { actorCode: 'KOR' }],
  ['type and dates', { types: ['CONSULT'], from: '2024-01-01', to: '2024-12-31' }],
  ['nothing', { types: ['RETREAT'] }],
];

for (const dialect of DIALECTS) {
  test(`[${dialect.name}] timeline and network summaries`, { skip: dialect.skip }, async (t) => {
    const { store, cleanup } = await dialect.open();
    try {
      await seeded(store);

      await t.test('timeline: lanes by first actor code, day buckets, newest events first', async () => {
        const timeline = await store.eventTimeline({}, 10);
        assert.equal(timeline.total, 8);
        assert.equal(timeline.undated, 1);
        assert.deepEqual(timeline.extent, { start: '2023-09-13', end: '2024-03-01' });
        assert.equal(timeline.unit, 'day');
        assert.deepEqual(
          timeline.lanes.map((l) => [l.code, l.count]),
          [
            ['PRK', 4],
            ['RUS', 2],
            ['KOR', 1],
          ],
        );
        assert.deepEqual(timeline.lanes[0]?.buckets, [
          { start: '2024-01-14', count: 1 },
          { start: '2024-01-20', count: 1 },
          { start: '2024-02-02', count: 1 },
          { start: '2024-03-01', count: 1 },
        ]);
        assert.deepEqual(
          timeline.events.map((e) => e.date?.start),
          ['2024-03-01', '2024-02-02', '2024-01-20', '2024-01-16', '2024-01-14', '2023-11-20', '2023-09-13'],
        );
        assert.equal(timeline.truncated, false);
      });

      await t.test('timeline: at most `limit` events, flagged; the counts still cover all', async () => {
        const timeline = await store.eventTimeline({}, 2);
        assert.equal(timeline.events.length, 2);
        assert.equal(timeline.truncated, true);
        assert.equal(
          timeline.lanes.reduce((n, l) => n + l.count, 0),
          7,
        );
      });

      await t.test('timeline: a range over 400 days counts by month', async () => {
        const timeline = await store.eventTimeline({ from: '2022-01-01', to: '2024-12-31' }, 10);
        assert.equal(timeline.unit, 'month');
        assert.deepEqual(
          timeline.lanes[0]?.buckets.map((b) => [b.start, b.count]),
          [
            ['2024-01-01', 2],
            ['2024-02-01', 1],
            ['2024-03-01', 1],
          ],
        );
      });

      for (const [label, filters] of FILTERS) {
        await t.test(`same filters as the event list: ${label}`, async () => {
          const list = await store.listEvents(filters, { limit: 100 });
          assert.equal((await store.eventTimeline(filters, 10)).total, list.total);
          assert.equal((await store.eventNetwork(filters, 40)).total, list.total);
        });
      }

      await t.test('network: countries and people as nodes, counted over events', async () => {
        const network = await store.eventNetwork({}, 40);
        assert.deepEqual(
          network.nodes.map((n) => [n.id, n.kind, n.count]),
          [
            ['PRK', 'country', 7],
            ['PRK/Kim Jong-un', 'person', 5],
            ['KOR', 'country', 4],
            ['RUS', 'country', 2],
            ['RUS/President Putin', 'person', 2],
            ['KOR/Kim Gunn', 'person', 1],
            ['USA', 'country', 1],
            ['USA/Jung Pak', 'person', 1],
          ],
        );
        const kimNode = network.nodes.find((n) => n.id === 'PRK/Kim Jong-un');
        assert.deepEqual(
          [kimNode?.name, kimNode?.sector, kimNode?.role],
          ['Kim Jong-un', 'GOV', 'Supreme Leader'],
        );
      });

      await t.test(
        'network: edges person to person, and person to country only with no person there',
        async () => {
          const network = await store.eventNetwork({}, 40);
          assert.deepEqual(network.edges.map((e) => `${e.source} → ${e.target} ${e.type}`).sort(), [
            'KOR → PRK ACCUSE',
            'KOR → USA CONSULT',
            'KOR/Kim Gunn → USA/Jung Pak CONSULT',
            'PRK → KOR ASSAULT',
            'PRK → KOR THREATEN',
            'PRK/Kim Jong-un → KOR THREATEN',
            'RUS → PRK AGREE',
            'RUS → PRK CONSULT',
            'RUS/President Putin → PRK/Kim Jong-un AGREE',
            'RUS/President Putin → PRK/Kim Jong-un CONSULT',
          ]);
        },
      );

      await t.test('network: the busiest nodes only, and the edges among them', async () => {
        const network = await store.eventNetwork({}, 3);
        assert.equal(network.nodeTotal, 8);
        assert.deepEqual(
          network.nodes.map((n) => n.id),
          ['PRK', 'PRK/Kim Jong-un', 'KOR'],
        );
        assert.equal(network.edges.length, 4);
      });

      await t.test('drill-down: a node’s events, and an edge’s, by the same rules', async () => {
        const cases: Array<[string, [string, string], [string, string] | null, number]> = [
          ['a person on either side', ['PRK', 'Kim Jong-un'], null, 5],
          ['a person by an alias', ['RUS', 'Putin'], null, 2],
          ['a country on either side', ['KOR', ''], null, 4],
          ['person to country', ['PRK', 'Kim Jong-un'], ['KOR', ''], 1],
          ['person to country with a person there: none', ['KOR', 'Kim Gunn'], ['USA', ''], 0],
          ['person to person', ['RUS', 'President Putin'], ['PRK', 'Kim Jong-un'], 2],
          ['country to country', ['PRK', ''], ['KOR', ''], 2],
          ['person to own country: none', ['PRK', 'Kim Jong-un'], ['PRK', ''], 0],
          ['nobody of that name', ['PRK', 'Nobody'], null, 0],
        ];
        for (const [label, [code, name], peer, total] of cases) {
          const picked = await store.networkSelection(
            {},
            { code, name },
            peer && { code: peer[0], name: peer[1] },
            2,
          );
          assert.equal(picked.total, total, label);
          assert.equal(picked.events.length, Math.min(total, 2), `${label}: limited`);
        }
      });
    } finally {
      await cleanup();
    }
  });
}
