import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedReadModels } from './__fixtures__/read-models.js';
import type { EventFilters } from './repository.js';
import { DIALECTS } from './test-dialects.js';

/** The filters added for the API; the seed has three canonical events (see read-models fixture). */
const filterCases: Array<{ label: string; filters: EventFilters; total: number }> = [
  { label: 'recipient code', filters: { recipientCode: 'PRK' }, total: 1 },
  {
    label: 'actor and recipient together',
    filters: { actorCode: 'PRK', role: 'actor', recipientCode: 'KOR' },
    total: 1,
  },
  { label: 'place name, any case', filters: { placeName: 'moscow' }, total: 1 },
  { label: 'free text, stemmed', filters: { text: 'missile' }, total: 2 },
  { label: 'free text, every word required', filters: { text: 'artillery island' }, total: 1 },
  { label: 'free text with FTS syntax is plain words', filters: { text: '"shells" NEAR*' }, total: 1 },
  { label: 'free text with no words matches nothing', filters: { text: '!!' }, total: 0 },
  { label: 'text and type combine', filters: { text: 'missiles', types: ['MOBILIZE'] }, total: 1 },
];

for (const dialect of DIALECTS) {
  test(
    `[${dialect.name}] read models: filters, articles, actors, quotes, export`,
    { skip: dialect.skip },
    async (t) => {
      const { store, cleanup } = await dialect.open();
      try {
        const { articleIds } = await seedReadModels(store);
        for (const { label, filters, total } of filterCases) {
          await t.test(label, async () => {
            const page = await store.listEvents(filters, { limit: 100 });
            assert.equal(page.total, total);
            assert.equal(page.events.length, total);
          });
        }
        await t.test('articles: newest first, pages by cursor, total', async () => {
          const first = await store.listArticles({ limit: 3 });
          assert.equal(first.total, 4);
          assert.equal(first.articles[0]?.url, 'https://mirror.example/launch');
          assert.ok(first.nextCursor);
          const second = await store.listArticles({ cursor: first.nextCursor, limit: 3 });
          assert.deepEqual(
            second.articles.map((a) => a.url),
            ['https://example.com/launch'],
          );
          assert.equal(second.nextCursor, null);
        });
        await t.test('one article: reports, quotes, copies; unknown id is null', async () => {
          const article = await store.getArticle(articleIds[0] ?? '');
          assert.equal(article?.reports.length, 2);
          assert.equal(article?.quotes[0]?.text, 'We will respond');
          assert.equal(article?.duplicates.length, 1);
          assert.equal(await store.getArticle('nope'), null);
        });
        await t.test('actors: counts per side, prefix', async () => {
          const actors = await store.listActors();
          const prk = actors.find((a) => a.code === 'PRK');
          assert.deepEqual(
            prk && { events: prk.events, asActor: prk.asActor, asRecipient: prk.asRecipient },
            {
              events: 3,
              asActor: 2,
              asRecipient: 1,
            },
          );
          assert.deepEqual(prk?.sectors, ['GOV', 'MIL']);
          assert.deepEqual(
            (await store.listActors({ prefix: 'ru' })).map((a) => a.code),
            ['RUS'],
          );
        });
        await t.test('quotes: by speaker code, paged', async () => {
          const page = await store.listQuotes({}, { limit: 1 });
          assert.equal(page.quotes.length, 1);
          const rest = await store.listQuotes({}, { cursor: page.nextCursor, limit: 5 });
          assert.equal(rest.quotes.length, 1);
          assert.notEqual(rest.quotes[0]?.text, page.quotes[0]?.text);
          const japan = await store.listQuotes({ speakerCode: 'JPN' });
          assert.deepEqual(
            japan.quotes.map((q) => q.channel),
            ['statement'],
          );
          assert.equal((await store.listQuotes({ speakerCode: 'JP' })).quotes.length, 0);
        });
        await t.test('export: every event once with its reports, in small batches', async () => {
          const exported = [];
          for await (const event of store.exportEvents({}, 1)) exported.push(event);
          assert.equal(exported.length, 3);
          const launch = exported.find((e) => e.type === 'MOBILIZE');
          assert.equal(launch?.reports.length, 2);
          assert.equal(launch?.contradiction, true);
        });
      } finally {
        await cleanup();
      }
    },
  );
}
