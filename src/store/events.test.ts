import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventStore, ReportInput } from './repository.js';
import { actor, DIALECTS, filler, testDocument, testEvent } from './test-dialects.js';

const VERSIONS = { events: 1 };
const day = (d: string, text = d) => ({ start: d, end: d, text, precision: 'day' as const, anchor: null });
const pyongyang = { name: 'Pyongyang', code: 'PRK', lat: 39.03, lon: 125.75, geonameid: 1871859 };

/** Store one article (its own story) with the given events; returns the canonical event ids. */
async function article(store: EventStore, n: number, events: ReportInput[]): Promise<string[]> {
  const document = testDocument({
    url: `https://example.com/news/${n}`,
    text: filler(100 + n),
    publishedAt: '2024-01-15',
  });
  const { articleId } = await store.upsertArticle({ rawId: null, document, stageVersions: VERSIONS });
  const saved = await store.saveEvents(articleId, events);
  return saved.eventIds.filter((id): id is string => id !== null);
}

/** Pairs of reports from two articles, and whether they are one real-world event. */
const mergeCases: Array<{
  label: string;
  a: ReportInput;
  b: ReportInput;
  merged: boolean;
  flagged: string[];
}> = [
  { label: 'same launch, same facts', a: testEvent(), b: testEvent(), merged: true, flagged: [] },
  {
    label: 'same launch, dates a day apart (KST vs US)',
    a: testEvent(),
    b: testEvent({ date: day('2024-01-15') }),
    merged: true,
    flagged: ['date'],
  },
  {
    label: 'same launch, counts and missile types disagree',
    a: testEvent({ quantities: { count: 2, missileType: 'SRBM' } }),
    b: testEvent({ quantities: { count: 3, missileType: 'cruise' } }),
    merged: true,
    flagged: ['count', 'missileType'],
  },
  {
    label: 'same launch, places disagree within one country',
    a: testEvent({ place: pyongyang }),
    b: testEvent({ place: { name: 'Sinpo', code: 'PRK', lat: null, lon: null, geonameid: null } }),
    merged: true,
    flagged: ['place'],
  },
  {
    label: 'same launch, one date only inferred (no words of the report give it)',
    a: testEvent(),
    b: testEvent({ date: day('2024-01-15', '') }),
    merged: true,
    flagged: [],
  },
  {
    label: 'a week apart',
    a: testEvent(),
    b: testEvent({ date: day('2024-01-21') }),
    merged: false,
    flagged: [],
  },
  { label: 'other type', a: testEvent(), b: testEvent({ type: 'ASSAULT' }), merged: false, flagged: [] },
  {
    label: 'other actor',
    a: testEvent(),
    b: testEvent({ actor: [actor('KOR', 'MIL')] }),
    merged: false,
    flagged: [],
  },
  {
    label: 'undated reports',
    a: testEvent({ date: null }),
    b: testEvent({ date: null }),
    merged: false,
    flagged: [],
  },
];

for (const dialect of DIALECTS) {
  const run = (label: string, fn: (store: EventStore) => Promise<void>) =>
    test(`[${dialect.name}] ${label}`, { skip: dialect.skip }, async () => {
      const { store, cleanup } = await dialect.open();
      try {
        await fn(store);
      } finally {
        await cleanup();
      }
    });

  for (const { label, a, b, merged, flagged } of mergeCases) {
    run(`saveEvents merge: ${label}`, async (store) => {
      const [first] = await article(store, 1, [a]);
      const [second] = await article(store, 2, [b]);
      assert.equal(first === second, merged);
      const event = await store.getEvent(first ?? '');
      assert.equal(event?.reportCount, merged ? 2 : 1);
      assert.deepEqual(
        event?.contradictions.map((c) => c.field),
        flagged,
      );
      assert.equal(event?.contradiction, flagged.length > 0);
    });
  }

  run('getEvent: every report with its article, values side by side', async (store) => {
    const [id] = await article(store, 1, [testEvent({ quantities: { count: 2 } })]);
    await article(store, 2, [testEvent({ quantities: { count: 3 } })]);
    await article(store, 3, [testEvent({ quantities: { count: 2 } })]);
    const event = await store.getEvent(id ?? '');
    assert.deepEqual(
      event?.reports.map((r) => r.articleUrl),
      [1, 2, 3].map((n) => `https://example.com/news/${n}`),
    );
    assert.deepEqual(event?.reports[1]?.event.quantities, { count: 3 });
    const [count] = event?.contradictions ?? [];
    assert.deepEqual(
      count?.values.map((v) => [v.value, v.reports.length]),
      [
        ['2', 2],
        ['3', 1],
      ],
    );
    assert.deepEqual(event?.actors, [{ role: 'actor', code: 'PRK', sector: 'MIL' }]);
    assert.equal(await store.getEvent('e_missing'), null);
  });

  run('saveEvents again keeps canonical ids; a moved report leaves its old event', async (store) => {
    const [shared] = await article(store, 1, [testEvent()]);
    const ids = await article(store, 2, [testEvent(), testEvent({ type: 'CONSULT', actor: [actor('RUS')] })]);
    assert.equal(ids[0], shared);
    const again = await article(store, 2, [
      testEvent(),
      testEvent({ type: 'CONSULT', actor: [actor('RUS')] }),
    ]);
    assert.deepEqual(again, ids, 'reprocessing the same article');
    const moved = await article(store, 2, [
      testEvent({ date: day('2024-01-30') }),
      testEvent({ type: 'CONSULT', actor: [actor('RUS')] }),
    ]);
    assert.notEqual(moved[0], shared, 'the report no longer fits the shared launch');
    assert.equal(moved[1], ids[1], 'its only report still fits, so the id stays');
    assert.equal((await store.getEvent(shared ?? ''))?.reportCount, 1);
  });

  run('saveEvents on a wire copy adds no reports', async (store) => {
    const document = testDocument({ url: 'https://a.example/1', text: filler(7) });
    const original = await store.upsertArticle({ rawId: null, document, stageVersions: VERSIONS });
    const copy = await store.upsertArticle({
      rawId: null,
      document: { ...document, url: 'https://b.example/1' },
      stageVersions: VERSIONS,
    });
    const [id] = (await store.saveEvents(original.articleId, [testEvent()])).eventIds;
    const skipped = await store.saveEvents(copy.articleId, [testEvent()]);
    assert.deepEqual(skipped, { eventIds: [null], skipped: 'dedup/duplicate-article' });
    assert.equal((await store.getEvent(id ?? ''))?.reportCount, 1);
    await assert.rejects(store.saveEvents('a_unknown', [testEvent()]), /unknown article/);
  });
}
