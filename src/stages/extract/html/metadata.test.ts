import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bylineNames } from './byline.js';
import { extractHtml } from './index.js';
import { isOutletName, peopleOnly } from './metadata.js';

const PROSE = [
  'North Korea fired a short-range ballistic missile into the sea on Thursday, the South Korean military said, in its third launch this month.',
  'The Joint Chiefs of Staff said the missile flew about 600 kilometers, and that Seoul and Washington were analysing the details of the launch.',
  'Officials in Tokyo said the missile landed outside Japan’s exclusive economic zone, and that no damage to ships or aircraft had been reported.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

function page(head: string, before: string, after = ''): string {
  return `<html><head><title>Missile launch</title>${head}</head><body>${before}<article><h1>Missile launch</h1>${PROSE}${after}</article></body></html>`;
}

type Meta = ReturnType<typeof extractHtml>;
const cases: { label: string; html: string; url?: string; check(a: Meta): void }[] = [
  {
    label: 'JSON-LD author array of Person objects, with e-mail',
    html: page(
      ld({
        '@type': 'NewsArticle',
        author: [
          { '@type': 'Person', name: 'Jane Doe', email: 'mailto:jane@example.com' },
          { '@type': 'Person', name: 'John Roe' },
        ],
      }),
      '',
    ),
    check: (a) => {
      assert.deepEqual(a.byline, ['Jane Doe', 'John Roe']);
      assert.deepEqual(a.authorEmails, ['jane@example.com']);
    },
  },
  {
    label: 'JSON-LD author as a plain string',
    html: page(ld({ '@type': 'NewsArticle', author: 'Kim Tong-hyung' }), ''),
    check: (a) => assert.deepEqual(a.byline, ['Kim Tong-hyung']),
  },
  {
    label: 'meta author with "By" and a role',
    html: page('<meta name="author" content="Analysis by Chris Roe, Example Editor-at-large">', ''),
    check: (a) => assert.deepEqual(a.byline, ['Chris Roe']),
  },
  {
    label: 'itemprop=author box with the date run into it',
    html: page('', '<div itemprop="author">By Jeff Stone Monday, November 18, 2019</div>'),
    check: (a) => assert.deepEqual(a.byline, ['Jeff Stone']),
  },
  {
    label: 'labelled visible text: "Text: Венера Ерофеева"',
    html: page('', '<div class="author">Текст: Венера Ерофеева</div>'),
    check: (a) => assert.deepEqual(a.byline, ['Венера Ерофеева']),
  },
  {
    label: 'Korean byline with e-mail at the end of the article',
    html: page('', '', '<p>칼럼니스트 박생강 <a href="mailto:pillgoo9@gmail.com">pillgoo9@gmail.com</a></p>'),
    check: (a) => {
      assert.deepEqual(a.byline, ['박생강']);
      assert.deepEqual(a.authorEmails, ['pillgoo9@gmail.com']);
    },
  },
  {
    label: 'Korean labelled date is Korea time',
    html: page('', '<div class="newsContent">기사입력 :[ 2018-09-28 17:32 ]</div>'),
    check: (a) => assert.equal(a.publishedAt, '2018-09-28T17:32:00+09:00'),
  },
  {
    label: 'a day-only JSON-LD date takes the time and zone of the same day from a meta tag',
    html: page(
      `${ld({ '@type': 'NewsArticle', datePublished: '2019-11-18' })}<meta property="article:published_time" content="2019-11-18T17:01:27Z">`,
      '',
    ),
    check: (a) => assert.equal(a.publishedAt, '2019-11-18T17:01:27Z'),
  },
  {
    label: 'hAtom "published updated" time is the publication time',
    html: page(
      '',
      '<time class="entry-date published updated" datetime="2019-11-20T10:03:33+01:00">Nov 20</time>',
    ),
    check: (a) => assert.equal(a.publishedAt, '2019-11-20T10:03:33+01:00'),
  },
];

test('html: JSON-LD articleBody stands in when the page body is empty', () => {
  const body = 'Seoul said the launch was a provocation.\nTokyo protested through diplomatic channels.';
  const html = `<html><head>${ld({ '@type': 'NewsArticle', articleBody: body })}</head><body><div id="app"></div></body></html>`;
  const a = extractHtml(html, { url: null });
  assert.equal(
    a.text,
    'Seoul said the launch was a provocation.\n\nTokyo protested through diplomatic channels.',
  );
  assert.ok(a.messages.some((m) => m.ruleId === 'extract/ld-article-body'));
});

for (const c of cases) {
  test(`html metadata: ${c.label}`, () => c.check(extractHtml(c.html, { url: c.url ?? null })));
}

const negativeCases: { label: string; html: string; url?: string; check(a: Meta): void }[] = [
  {
    label: 'a "By" sentence in the article is no byline',
    html: page('', '', '<p>By Wednesday, the talks had stalled and both delegations went home.</p>'),
    check: (a) => assert.deepEqual(a.byline, []),
  },
  {
    label: 'an Organization author (the outlet) is no byline',
    html: page(ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Example News' } }), ''),
    check: (a) => assert.deepEqual(a.byline, []),
  },
  {
    label: 'a wire agency credited as author is no person',
    html: page('<meta name="author" content="Reuters">', '<div class="author-name">REUTERS</div>'),
    check: (a) => assert.deepEqual(a.byline, []),
  },
  {
    label: 'a desk of the outlet ("Telegraph Sport" on The Telegraph) is no person',
    html: page(
      '<meta property="og:site_name" content="The Telegraph"><meta name="author" content="Telegraph Sport">',
      '',
    ),
    check: (a) => assert.deepEqual(a.byline, []),
  },
  {
    label: 'a related-stories date before the article does not date it',
    html: page(
      '',
      '<ul class="related-stories"><li><time datetime="2019-11-01T09:00:00Z">Nov 1</time><a href="/y">Older story</a></li></ul><time datetime="2019-11-19T08:00:00Z">Nov 19</time>',
    ),
    check: (a) => assert.equal(a.publishedAt, '2019-11-19T08:00:00Z'),
  },
  {
    label: 'an update time alone is not the publication date',
    html: page('', '<time class="updated" datetime="2019-11-21T08:00:00Z">Nov 21</time>'),
    check: (a) => assert.equal(a.publishedAt, null),
  },
  {
    label: 'a teaser byline in an aside is not the article’s',
    html: page('', '<aside><div class="card"><span class="byline">By Lisa Stone</span></div></aside>'),
    check: (a) => assert.deepEqual(a.byline, []),
  },
  {
    label: 'a Korean update label is not a publication label',
    html: page('', '<div class="info">수정 2018.10.06 09:00</div>'),
    check: (a) => assert.equal(a.publishedAt, null),
  },
];

for (const c of negativeCases) {
  test(`html metadata negative: ${c.label}`, () => c.check(extractHtml(c.html, { url: c.url ?? null })));
}

const outletCases: [label: string, names: string[], site: string | null, expected: string[]][] = [
  ['the outlet itself goes', ['Al Jazeera'], 'Al Jazeera', []],
  ['an author the site is named after stays', ['Bruce Lee'], "Bruce Lee's Blog", ['Bruce Lee']],
  [
    'a site-named credit beside a person goes',
    ['Tanza Loud', 'Business Insider'],
    'Business Insider Deutschland',
    ['Tanza Loud'],
  ],
  ['a domain-style site name still matches', ['Polygraph'], 'POLYGRAPH.info', []],
];

for (const [label, names, site, expected] of outletCases) {
  test(`peopleOnly: ${label}`, () => assert.deepEqual(peopleOnly(names, site), expected));
}

test('isOutletName: a person whose surname is a site word is kept', () =>
  assert.equal(isOutletName('Sam Post', 'The Post'), false));

const nameCases: [label: string, raw: string, expected: string[]][] = [
  ['full stop before the outlet', 'Finian Cunningham. Sputnik International', ['Finian Cunningham']],
  ['glued "View More Articles"', 'Jose AltoverosView More Articles', ['Jose Altoveros']],
  ['month and day after the name', 'Reuters November 18, 2019', []],
  ['staff credit', 'By JERUSALEM POST STAFF', []],
  ['a name followed by a weekday', 'Malcolm Owen Monday', ['Malcolm Owen']],
];

for (const [label, raw, expected] of nameCases) {
  test(`bylineNames: ${label}`, () => assert.deepEqual(bylineNames(raw), expected));
}
