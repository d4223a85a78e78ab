import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventFilters } from './repository.js';
import { actor, DIALECTS, filler, testDocument, testEvent } from './test-dialects.js';

const day = (d: string) => ({ start: d, end: d, text: '', precision: 'day' as const, anchor: null });

/** Seven distinct events across types, actors, places and dates (one with a contradiction). */
const seed = [
  testEvent({ date: day('2024-01-01') }),
  testEvent({
    date: day('2024-01-05'),
    place: { name: 'Sinpo', code: 'PRK', lat: null, lon: null, geonameid: null },
  }),
  testEvent({ date: day('2024-01-10'), quantities: { count: 2 } }),
  testEvent({ type: 'CONSULT', actor: [actor('RUS')], recipient: [actor('PRK')], date: day('2024-01-12') }),
  testEvent({ type: 'CONSULT', actor: [actor('USA')], recipient: [actor('KOR')], date: day('2024-01-12') }),
  testEvent({
    type: 'ASSAULT',
    actor: [actor('PRK', 'MIL')],
    recipient: [actor('KOR')],
    date: day('2024-01-20'),
  }),
  testEvent({ type: 'ACCUSE', actor: [actor('KOR')], recipient: [actor('PRK')], date: null }),
];
const conflicting = testEvent({ date: day('2024-01-10'), quantities: { count: 3 } });

const filterCases: Array<{ label: string; filters: EventFilters; total: number }> = [
  { label: 'no filter', filters: {}, total: 7 },
  { label: 'type', filters: { types: ['CONSULT'] }, total: 2 },
  { label: 'two types', filters: { types: ['CONSULT', 'ASSAULT'] }, total: 3 },
  { label: 'actor code on either side', filters: { actorCode: 'PRK' }, total: 6 },
  { label: 'actor code as recipient', filters: { actorCode: 'PRK', role: 'recipient' }, total: 2 },
  { label: 'actor code as actor', filters: { actorCode: 'KOR', role: 'actor' }, total: 1 },
  { label: 'place country', filters: { placeCode: 'PRK' }, total: 1 },
  { label: 'date interval', filters: { from: '2024-01-05', to: '2024-01-12' }, total: 4 },
  { label: 'contradictions only', filters: { contradiction: true }, total: 1 },
  { label: 'nothing matches', filters: { types: ['RETREAT'] }, total: 0 },
];

for (const dialect of DIALECTS) {
  test(`[${dialect.name}] listEvents: filters, totals, keyset pages`, { skip: dialect.skip }, async (t) => {
    const { store, cleanup } = await dialect.open();
    try {
      const put = async (n: number, events: typeof seed) => {
        const document = testDocument({ url: `https://example.com/${n}`, text: filler(300 + n) });
        const { articleId } = await store.upsertArticle({ rawId: null, document, stageVersions: {} });
        await store.saveEvents(articleId, events);
      };
      await put(1, seed);
      await put(2, [conflicting]);
      for (const { label, filters, total } of filterCases) {
        await t.test(label, async () => {
          const page = await store.listEvents(filters, { limit: 100 });
          assert.equal(page.total, total);
          assert.equal(page.events.length, total);
        });
      }
      await t.test('pages of 3 cover every event once, newest first, undated last', async () => {
        const seen: string[] = [];
        const starts: Array<string | null> = [];
        let cursor: string | null = null;
        do {
          const page = await store.listEvents({}, { cursor, limit: 3 });
          assert.equal(page.total, 7);
          seen.push(...page.events.map((e) => e.id));
          starts.push(...page.events.map((e) => e.date?.start ?? null));
          cursor = page.nextCursor;
        } while (cursor);
        assert.equal(new Set(seen).size, 7);
        assert.equal(starts[0], '2024-01-20');
        assert.equal(starts.at(-1), null);
      });
      await t.test('each event lists its actor codes, actors before recipients', async () => {
        const [assault] = (await store.listEvents({ types: ['ASSAULT'] })).events;
        assert.deepEqual(assault?.actors, [
          { role: 'actor', code: 'PRK', sector: 'MIL' },
          { role: 'recipient', code: 'KOR', sector: 'GOV' },
        ]);
      });
      await t.test('totals remembered before a write are recounted after it', async () => {
        assert.equal((await store.listEvents({}, { limit: 1 })).total, 7);
        assert.equal((await store.listEvents({ types: ['RETREAT'] })).total, 0);
        await put(3, [testEvent({ type: 'RETREAT', actor: [actor('JPN')], date: day('2023-12-01') })]);
        assert.equal((await store.listEvents({}, { limit: 1 })).total, 8);
        const retreat = await store.listEvents({ types: ['RETREAT'] });
        assert.deepEqual([retreat.total, retreat.events.length], [1, 1]);
      });
      await t.test('a forged cursor is refused', async () => {
        await assert.rejects(
          store.listEvents({}, { cursor: Buffer.from('{"a":1}').toString('base64url') }),
          /bad cursor/,
        );
      });
    } finally {
      await cleanup();
    }
  });
}
