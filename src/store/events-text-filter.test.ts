import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openDatabase } from './dialect.js';
import { refineEvents } from './events-filter.js';
import { listEventsIn } from './events-read.js';
import type { EventFilters } from './repository.js';
import { createStore } from './sql-store.js';
import { actor, DIALECTS, dropSchema, filler, TEST_NOW, testDocument, testEvent } from './test-dialects.js';

const day = (d: string) => ({ start: d, end: d, text: '', precision: 'day' as const, anchor: null });
const TYPES = ['CONSULT', 'ASSAULT', 'RETREAT'];

/** Every id of a filter's listing, paged by `limit`, with the total each page reported. */
async function walk(list: (cursor: string | null) => ReturnType<typeof listEventsIn>) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let cursor: string | null = null;
  do {
    const page = await list(cursor);
    ids.push(...page.events.map((e) => e.id));
    totals.add(page.total);
    cursor = page.nextCursor;
  } while (cursor);
  return { ids, totals: [...totals] };
}

for (const dialect of DIALECTS) {
  test(
    `[${dialect.name}] free text: both plans (text's matches first, or per event) list the same pages`,
    { skip: dialect.skip },
    async () => {
      const { target, schema } = dialect.target(':memory:');
      const connection = await openDatabase(target, schema ? { schema } : {});
      const store = createStore(connection, () => TEST_NOW);
      try {
        // Twelve articles, every third about a satellite; three events each of rotating types and dates.
        const expected = new Map<string, string[]>();
        for (let a = 0; a < 12; a++) {
          const text = `${a % 3 === 0 ? 'The satellite launch. ' : ''}${filler(a)}`;
          const document = testDocument({ url: `https://example.com/${a}`, text });
          const { articleId } = await store.upsertArticle({ rawId: null, document, stageVersions: {} });
          const events = [0, 1, 2].map((k) =>
            testEvent({
              type: TYPES[(a + k) % TYPES.length] ?? 'CONSULT',
              actor: [actor(['PRK', 'KOR', 'USA', 'JPN'][(a * 3 + k) % 4] ?? 'PRK')],
              date: day(`2024-0${1 + ((a + k) % 9)}-1${k}`),
            }),
          );
          const { eventIds } = await store.saveEvents(articleId, events);
          if (a % 3 === 0)
            expected.set(
              articleId,
              eventIds.filter((id): id is string => id !== null),
            );
        }
        const satellite = new Set([...expected.values()].flat());
        for (const [label, filters] of [
          ['text alone', { text: 'satellites' }],
          ['text and type', { text: 'satellite', types: ['CONSULT'] }],
          ['text and actor', { text: 'satellite', actorCode: 'KOR' }],
        ] as Array<[string, EventFilters]>) {
          // Listed twice, the second time with the same filters in another key order, so neither
          // listing reads a total the other remembered.
          const reordered = Object.fromEntries(Object.entries(filters).reverse()) as EventFilters;
          const byMatches = await walk((cursor) =>
            listEventsIn(connection.db, filters, { cursor, limit: 2 }, refineEvents(dialect.name, filters)),
          );
          const perEvent = await walk((cursor) =>
            listEventsIn(
              connection.db,
              reordered,
              { cursor, limit: 2 },
              refineEvents(dialect.name, reordered, true),
            ),
          );
          assert.deepEqual(perEvent, byMatches, label);
          const { text: _text, ...others } = filters;
          const all = await walk((cursor) => store.listEvents(others, { cursor, limit: 50 }));
          const wanted = all.ids.filter((id) => satellite.has(id));
          assert.ok(wanted.length > 0, label);
          assert.deepEqual(byMatches, { ids: wanted, totals: [wanted.length] }, label);
        }
      } finally {
        await store.close();
        if (schema) await dropSchema(target, schema);
      }
    },
  );
}
