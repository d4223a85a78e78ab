import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document } from '../core/document.js';
import type { UpsertResult } from './repository.js';
import { DIALECTS, filler, testDocument } from './test-dialects.js';

const VERSIONS = { extract: 1, events: 1 };
const story = filler(1);
const first = testDocument({ url: 'https://news.example.com/politics/1', title: 'Envoy talks', text: story });

/** Each case stores `first`, then `second`, and expects the second's status, reason and link. */
const cases: Array<{
  label: string;
  second: Document;
  versions?: Record<string, number>;
  expected: Pick<UpsertResult, 'status' | 'reason'> & { linked: boolean; sameId: boolean };
}> = [
  {
    label: 'same input again',
    second: first,
    expected: { status: 'duplicate', reason: 'dedup/unchanged', linked: false, sameId: true },
  },
  {
    label: 'same address with tracking parameters',
    second: { ...first, url: 'http://www.news.example.com/politics/1/?utm_source=tw#top' },
    expected: { status: 'duplicate', reason: 'dedup/unchanged', linked: false, sameId: true },
  },
  {
    label: 'same address, corrected text',
    second: { ...first, text: `${story} Correction appended.` },
    expected: { status: 'updated', reason: 'dedup/content-changed', linked: false, sameId: true },
  },
  {
    label: 'same input, newer stage versions',
    second: first,
    versions: { extract: 2, events: 1 },
    expected: { status: 'updated', reason: 'dedup/new-stage-versions', linked: false, sameId: true },
  },
  {
    label: 'canonical URL names the stored page',
    second: {
      ...first,
      url: 'https://amp.example.com/p/1',
      canonicalUrl: 'https://news.example.com/politics/1',
    },
    expected: { status: 'duplicate', reason: 'dedup/unchanged', linked: false, sameId: true },
  },
  {
    label: 'same text at another address (syndicated)',
    second: { ...first, url: 'https://other.example.org/world/77' },
    expected: { status: 'duplicate', reason: 'dedup/content-hash', linked: true, sameId: false },
  },
  {
    label: 'wire copy with a credit line added',
    second: {
      ...first,
      url: 'https://wire.example.net/a/9',
      text: `${story} Reporting by the desk. (Yonhap)`,
    },
    expected: { status: 'duplicate', reason: 'dedup/near-duplicate', linked: true, sameId: false },
  },
  {
    label: 'another story',
    second: testDocument({ url: 'https://news.example.com/politics/2', text: filler(2) }),
    expected: { status: 'new', reason: 'dedup/new', linked: false, sameId: false },
  },
  {
    label: 'canonical URL at the site root is ignored',
    second: testDocument({
      url: 'https://news.example.com/p/3',
      canonicalUrl: 'https://news.example.com/',
      text: filler(3),
    }),
    expected: { status: 'new', reason: 'dedup/new', linked: false, sameId: false },
  },
];

for (const dialect of DIALECTS) {
  for (const { label, second, versions, expected } of cases) {
    test(`[${dialect.name}] upsertArticle: ${label}`, { skip: dialect.skip }, async () => {
      const { store, cleanup } = await dialect.open();
      try {
        const a = await store.upsertArticle({ rawId: null, document: first, stageVersions: VERSIONS });
        assert.equal(a.status, 'new');
        const b = await store.upsertArticle({
          rawId: null,
          document: second,
          stageVersions: versions ?? VERSIONS,
        });
        assert.equal(b.status, expected.status);
        assert.equal(b.reason, expected.reason);
        assert.equal(b.duplicateOf, expected.linked ? a.articleId : null);
        assert.equal(b.articleId === a.articleId, expected.sameId);
      } finally {
        await cleanup();
      }
    });
  }

  test(`[${dialect.name}] saveRaw is content-addressed and idempotent`, { skip: dialect.skip }, async () => {
    const { store, cleanup } = await dialect.open();
    try {
      const one = await store.saveRaw({ content: 'héllo', contentType: 'text/plain' });
      const two = await store.saveRaw({
        content: new TextEncoder().encode('héllo'),
        contentType: 'text/plain',
      });
      const other = await store.saveRaw({ content: 'hello', contentType: 'text/plain' });
      assert.deepEqual([one.created, two.created, other.created], [true, false, true]);
      assert.equal(one.id, two.id);
      assert.match(one.id, /^[0-9a-f]{64}$/);
      assert.notEqual(one.id, other.id);
    } finally {
      await cleanup();
    }
  });

  test(
    `[${dialect.name}] searchArticles: stemmed words, titles, updates, hostile syntax`,
    { skip: dialect.skip },
    async () => {
      const { store, cleanup } = await dialect.open();
      try {
        const put = (document: Document) =>
          store.upsertArticle({ rawId: null, document, stageVersions: VERSIONS });
        const launch = testDocument({
          url: 'https://x.example/1',
          title: 'Pyongyang test',
          text: `Missiles were fired. ${filler(5)}`,
        });
        const talks = await put(
          testDocument({ url: 'https://x.example/2', title: 'Summit', text: `Talks resumed. ${filler(6)}` }),
        );
        await put(launch);
        const ids = async (q: string) => (await store.searchArticles(q)).map((h) => h.id);
        const launchId = (await store.searchArticles('pyongyang'))[0]?.id;
        assert.ok(launchId);
        assert.deepEqual(await ids('missile fired'), [launchId], 'stemmed, every word required');
        assert.deepEqual(await ids('talk'), [talks.articleId]);
        assert.deepEqual(await ids('missile talks'), [], 'no article has both');
        assert.deepEqual(await ids('"missile" * -( fired:'), [launchId], 'query syntax is plain words');
        assert.deepEqual(await ids('   '), []);
        await put({ ...launch, text: `Artillery shells landed. ${filler(5)}` });
        assert.deepEqual(await ids('missile'), [], 'old text left the index');
        assert.deepEqual(await ids('artillery'), [launchId], 'new text entered it');
      } finally {
        await cleanup();
      }
    },
  );
}
