import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from './index.js';

const PROSE = [
  'North Korea fired a short-range ballistic missile into the sea on Thursday, the South Korean military said, in its third launch this month.',
  'The Joint Chiefs of Staff said the missile flew about 600 kilometers, and that Seoul and Washington were analysing the details of the launch.',
  'Officials in Tokyo said the missile landed outside Japan’s exclusive economic zone, and that no damage to ships or aircraft had been reported.',
];

function page(body: string, head = ''): string {
  return `<html><head><title>Missile launch | Example News</title>${head}</head><body>${body}</body></html>`;
}

const article = (extra = '') =>
  `<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
   <article><h1>Missile launch</h1><p class="byline">By Jane Doe and JOHN ROE, Staff Writers</p>
   <figure><img src="/a.jpg"><figcaption>A missile is seen during a launch. (Photo: Kim Lee/Reuters)</figcaption></figure>
   ${PROSE.map((p) => `<p>${p}</p>`).join('\n')}${extra}
   <div class="related-stories"><a href="/x">Another story about missiles and launches</a></div>
   <p>Sign up for our daily newsletter</p></article>
   <footer><p>© 2024 Example News. All rights reserved.</p></footer>`;

const cases: { label: string; html: string; url?: string; check(a: ReturnType<typeof extractHtml>): void }[] =
  [
    {
      label: 'article text keeps paragraphs, drops headline, byline, caption, related, newsletter, footer',
      html: page(article()),
      check: (a) => assert.equal(a.text, PROSE.join('\n\n')),
    },
    {
      label: 'byline is names only',
      html: page(article()),
      check: (a) => assert.deepEqual(a.byline, ['Jane Doe', 'John Roe']),
    },
    {
      label: 'caption and credit move to images',
      html: page(article()),
      url: 'https://example.com/2024/01/18/missile',
      check: (a) =>
        assert.deepEqual(a.images, [
          {
            caption: 'A missile is seen during a launch.',
            credit: 'Photo: Kim Lee/Reuters',
            url: 'https://example.com/a.jpg',
          },
        ]),
    },
    {
      label: 'title loses the site suffix of <title>',
      html: page(article()),
      check: (a) => assert.equal(a.title, 'Missile launch'),
    },
    {
      label: 'JSON-LD date with its zone, author and publisher',
      html: page(
        article(),
        `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-01-18T09:30:00+09:00","author":[{"@type":"Person","name":"Ji Da-gyum"}],"publisher":{"name":"Example Herald"}}]}</script>`,
      ),
      check: (a) => {
        assert.equal(a.publishedAt, '2024-01-18T09:30:00+09:00');
        assert.deepEqual(a.byline, ['Ji Da-gyum']);
        assert.equal(a.siteName, 'Example Herald');
      },
    },
    {
      label: 'article:published_time and canonical link',
      html: page(
        article(),
        `<meta property="article:published_time" content="2024-01-18"><link rel="canonical" href="/story/1">`,
      ),
      url: 'https://example.com/a?b=c',
      check: (a) => {
        assert.equal(a.publishedAt, '2024-01-18');
        assert.equal(a.canonicalUrl, 'https://example.com/story/1');
      },
    },
    {
      label: 'URL date when the page has no other',
      html: page(article()),
      url: 'https://example.com/2024/01/18/missile',
      check: (a) => assert.equal(a.publishedAt, '2024-01-18'),
    },
    {
      label: 'inline elements join with the page’s spacing; <br> splits paragraphs',
      html: page(
        `<div class="story-body"><p>${PROSE[0]} It <b>was</b> <i>the</i> third.<br>${PROSE[1]}</p><p>${PROSE[2]}</p></div>`,
      ),
      check: (a) => assert.equal(a.text, `${PROSE[0]} It was the third.\n\n${PROSE[1]}\n\n${PROSE[2]}`),
    },
  ];

for (const c of cases) {
  test(`extractHtml: ${c.label}`, () => c.check(extractHtml(c.html, { url: c.url ?? null })));
}

const negativeCases: { label: string; html: string; check(a: ReturnType<typeof extractHtml>): void }[] = [
  {
    label: 'a navigation-only page gives no text and a message',
    html: page('<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'),
    check: (a) => {
      assert.equal(a.text, '');
      assert.equal(a.messages[0]?.ruleId, 'extract/no-article');
    },
  },
  {
    label: 'a page with only a captioned photo gives no text',
    html: page('<figure><img src="p.jpg"><figcaption>Soldiers march in Pyongyang. AFP</figcaption></figure>'),
    check: (a) => assert.equal(a.text, ''),
  },
  {
    label: 'empty input',
    html: '',
    check: (a) => assert.equal(a.text, ''),
  },
  {
    label: 'scripts, styles and hidden elements never reach the text',
    html: page(
      `<div class="content"><script>var x = "${PROSE[0]}";</script><style>p{}</style><p style="display:none">${PROSE[1]}</p><p>${PROSE[2]}</p></div>`,
    ),
    check: (a) => assert.equal(a.text, PROSE[2]),
  },
  {
    label: 'HTML nested 100,000 levels deep returns without throwing',
    html: `${'<div>'.repeat(100_000)}<p>${PROSE[0]}</p>${'</div>'.repeat(100_000)}`,
    check: (a) => assert.ok(a.text.includes('ballistic missile')),
  },
  {
    label: 'broken JSON-LD is ignored',
    html: page(article(), '<script type="application/ld+json">{"@type": "NewsArticle",,}</script>'),
    check: (a) => assert.ok(a.text.startsWith('North Korea')),
  },
];

for (const c of negativeCases) {
  test(`extractHtml negative: ${c.label}`, () => c.check(extractHtml(c.html, { url: null })));
}

test('extractHtml: a 50 MB page finishes in linear time', () => {
  const para = `<div class="teaser"><p>${PROSE[0]}</p><a href="/x">more</a></div>`;
  const big = page(para.repeat(Math.ceil(50_000_000 / para.length)));
  const start = performance.now();
  extractHtml(big, { url: null });
  assert.ok(performance.now() - start < 30_000, 'took over 30 s');
});
