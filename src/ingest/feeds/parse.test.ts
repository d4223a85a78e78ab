import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeFeed, parseFeed, type FeedItem } from './parse.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Press releases</title><link>https://example.gov/</link>
<item><title>Secretary meets Foreign Minister</title><link>https://example.gov/a/</link>
<guid isPermaLink="false">https://example.gov/?p=1</guid><pubDate>Sun, 23 May 2021 15:30:07 +0000</pubDate>
<description><![CDATA[<p>The Secretary met…</p>]]></description>
<content:encoded><![CDATA[<p>The Secretary met the Foreign Minister in Seoul.</p><p>They discussed the alliance.</p>]]></content:encoded></item>
<item><title>Teaser only</title><link>https://example.gov/b/</link><dc:date>2021-05-24T01:00:00Z</dc:date>
<description>Only a summary &amp; a link.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Missile launch</title><id>urn:uuid:1</id>
<link rel="self" href="https://wire.example/self/1"/><link href="https://wire.example/news/1"/>
<published>2024-07-01T23:10:00+09:00</published><updated>2024-07-02T03:00:00Z</updated>
<summary>North Korea fired a missile.</summary><content type="html">&lt;p&gt;North Korea fired a ballistic missile.&lt;/p&gt;</content></entry>
</feed>`;

const RDF = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel><title>Old style</title></channel>
<item><title>An item</title><link>https://old.example/1</link><description>Text.</description></item></rdf:RDF>`;

const cases: Array<{ label: string; xml: string; kind: string; items: Array<Partial<FeedItem>> }> = [
  {
    label: 'RSS 2.0: guid as id, content:encoded as content, pubDate as a date',
    xml: RSS,
    kind: 'rss',
    items: [
      {
        id: 'https://example.gov/?p=1',
        link: 'https://example.gov/a/',
        publishedAt: '2021-05-23',
        content: '<p>The Secretary met the Foreign Minister in Seoul.</p><p>They discussed the alliance.</p>',
      },
      {
        id: 'https://example.gov/b/',
        content: null,
        summary: 'Only a summary & a link.',
        publishedAt: '2021-05-24',
      },
    ],
  },
  {
    label: 'Atom: the alternate link, not rel=self; published before updated; escaped HTML content',
    xml: ATOM,
    kind: 'atom',
    items: [
      {
        id: 'urn:uuid:1',
        link: 'https://wire.example/news/1',
        publishedAt: '2024-07-01',
        content: '<p>North Korea fired a ballistic missile.</p>',
        summary: 'North Korea fired a missile.',
      },
    ],
  },
  {
    label: 'RSS 1.0 (RDF): items beside the channel',
    xml: RDF,
    kind: 'rdf',
    items: [{ id: 'https://old.example/1', title: 'An item', summary: 'Text.' }],
  },
];

for (const c of cases) {
  test(`parseFeed: ${c.label}`, () => {
    assert.ok(looksLikeFeed(c.xml));
    const feed = parseFeed(c.xml);
    assert.equal(feed?.kind, c.kind);
    assert.equal(feed?.items.length, c.items.length);
    c.items.forEach((expected, i) => {
      for (const [key, value] of Object.entries(expected)) {
        assert.equal(feed?.items[i]?.[key as keyof FeedItem], value, `item ${i} ${key}`);
      }
    });
  });
}

const negativeCases: Array<{ label: string; body: string }> = [
  {
    label: 'an HTML page',
    body: '<!doctype html><html><head><title>rss feed</title></head><body></body></html>',
  },
  {
    label: 'an HTML page that mentions <rss> in its text',
    body: '<html><body><p>Use &lt;rss&gt; here: <code>&lt;feed&gt;</code></p></body></html>',
  },
  { label: 'plain text', body: 'Pyongyang, July 3 (KCNA) -- The feed was delivered.' },
  { label: 'other XML', body: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>' },
];

for (const c of negativeCases) {
  test(`negative: ${c.label} is not a feed`, () => {
    assert.equal(looksLikeFeed(c.body), false);
    assert.equal(parseFeed(c.body), null);
  });
}
