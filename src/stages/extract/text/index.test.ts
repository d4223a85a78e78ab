import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractHints } from '../article.js';
import { extractText } from './index.js';

const NO_HINTS: ExtractHints = { url: null };

// Synthetic pages, shaped like the kinds the extractor meets (a flattened news page, a wire story,
// a government release); none is a gold document.
const NEWS_PAGE = [
  'Skip to main content',
  '',
  'Seoul and Tokyo agree to share missile warning data',
  '',
  'Officials sign the accord in Tokyo on Monday. (Yonhap)',
  'Officials sign the accord in Tokyo on Monday. (Yonhap)',
  '',
  'South Korea and Japan agreed on Monday to share missile warning data in real time.',
  '',
  'The deal follows months of talks.',
  '',
  'By Lee Min-ji and Park Ha-eun (minji@example.com)',
  'Most Read',
  'Latest News',
  '뉴스',
].join('\n');

const WIRE = [
  'SEOUL, March 5 (Yonhap) -- North Korea fired two short-range ballistic missiles on Tuesday, the military said.',
  'The launches came days after joint drills began. (END)',
].join('\n');

const RELEASE = [
  'Office of the Spokesperson',
  'Washington, D.C.',
  'The following is attributable to Spokesperson Jane Roe:',
  'The Secretary spoke today with the Foreign Minister of Japan.',
  'They condemned the launch.',
  '# # #',
].join('\n');

test('news page: title, caption, byline, furniture and stray text', () => {
  const a = extractText(NEWS_PAGE, NO_HINTS);
  assert.equal(a.title, 'Seoul and Tokyo agree to share missile warning data');
  assert.deepEqual(a.images, [
    { caption: 'Officials sign the accord in Tokyo on Monday.', credit: 'Yonhap', url: null },
  ]);
  assert.deepEqual(a.byline, ['Lee Min-ji', 'Park Ha-eun']);
  assert.equal(
    a.text,
    'South Korea and Japan agreed on Monday to share missile warning data in real time.\n\nThe deal follows months of talks.',
  );
});

test('wire story: dateline cut from the body, end mark removed, no year means no date', () => {
  const a = extractText(WIRE, NO_HINTS);
  assert.equal(a.dateline, 'SEOUL, March 5 (Yonhap)');
  assert.ok(a.text.startsWith('North Korea fired two'));
  assert.ok(a.text.endsWith('joint drills began.'));
  assert.equal(a.publishedAt, null);
  assert.deepEqual(
    a.messages.map((m) => m.ruleId),
    ['extract/dateline-no-year'],
  );
});

test('wire story: the year comes from a date in the address', () => {
  const a = extractText(WIRE, { url: 'https://news.example/2024/03/06/nk-missiles' });
  assert.equal(a.publishedAt, '2024-03-05');
});

test('wire story: a given date is used as given', () => {
  const a = extractText(WIRE, { url: null, publishedAt: '2024-03-05' });
  assert.equal(a.publishedAt, '2024-03-05');
  assert.deepEqual(a.messages, []);
});

test('wire story: a given date far from the dateline is flagged', () => {
  const a = extractText(WIRE, { url: null, publishedAt: '2024-06-01' });
  assert.deepEqual(
    a.messages.map((m) => m.ruleId),
    ['extract/dateline-mismatch'],
  );
});

test('release: header lines and end mark removed, place line kept as dateline', () => {
  const a = extractText(RELEASE, { url: null, title: 'Secretary’s Call with Japan' });
  assert.equal(a.title, 'Secretary’s Call with Japan');
  assert.equal(a.dateline, 'Washington, D.C.');
  assert.equal(
    a.text,
    'The following is attributable to Spokesperson Jane Roe:\n\nThe Secretary spoke today with the Foreign Minister of Japan.\n\nThey condemned the launch.',
  );
});

test('a given title repeated above the text is dropped from the body', () => {
  const a = extractText('Seoul Protests Launch\nSeoul protested the launch on Friday.', {
    url: null,
    title: 'Seoul protests launch',
  });
  assert.equal(a.title, 'Seoul protests launch');
  assert.equal(a.text, 'Seoul protested the launch on Friday.');
});

test('a date stamp under the headline dates the text and the dateline', () => {
  const text = ['Envoys meet in Seoul', 'Published : Jan. 2, 2024 - 15:40', WIRE].join('\n');
  const a = extractText(text, NO_HINTS);
  assert.equal(a.title, 'Envoys meet in Seoul');
  assert.equal(a.publishedAt, '2023-03-05');
  assert.ok(a.text.startsWith('North Korea fired two'));
});

test('a release’s attribution line stays in the body: it names who speaks for the text', () => {
  const text = [
    'Office of the Spokesperson',
    'The following is attributable to Spokesperson Ned Price:',
    'Secretary Blinken met Foreign Minister Park in Washington today.',
  ].join('\n');
  const a = extractText(text, NO_HINTS);
  assert.ok(a.text.startsWith('The following is attributable to Spokesperson Ned Price:'), a.text);
  assert.ok(!a.text.includes('Office of the Spokesperson'));
});
