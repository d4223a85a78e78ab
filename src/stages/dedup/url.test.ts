import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeUrl } from './url.js';

const cases: Array<{ label: string; input: string; expected: string }> = [
  {
    label: 'lowercase host',
    input: 'https://WWW.KoreaHerald.com/view.php',
    expected: 'https://koreaherald.com/view.php',
  },
  { label: 'http folded to https', input: 'http://example.com/a', expected: 'https://example.com/a' },
  { label: 'default port dropped', input: 'http://example.com:80/a', expected: 'https://example.com/a' },
  {
    label: 'https default port dropped',
    input: 'https://example.com:443/a',
    expected: 'https://example.com/a',
  },
  { label: 'other port kept', input: 'https://example.com:8080/a', expected: 'https://example.com:8080/a' },
  { label: 'fragment dropped', input: 'https://example.com/a#comments', expected: 'https://example.com/a' },
  {
    label: 'utm params dropped',
    input: 'https://example.com/a?utm_source=x&utm_medium=y&id=3',
    expected: 'https://example.com/a?id=3',
  },
  {
    label: 'click ids dropped',
    input: 'https://example.com/a?fbclid=abc&gclid=def&msclkid=1',
    expected: 'https://example.com/a',
  },
  {
    label: 'params sorted',
    input: 'https://example.com/view.php?ud=20240118&np=1',
    expected: 'https://example.com/view.php?np=1&ud=20240118',
  },
  {
    label: 'trailing slash dropped',
    input: 'https://example.com/news/123/',
    expected: 'https://example.com/news/123',
  },
  { label: 'root slash kept', input: 'https://example.com', expected: 'https://example.com/' },
  { label: 'empty query dropped', input: 'https://example.com/a?', expected: 'https://example.com/a' },
  { label: 'surrounding space', input: '  https://example.com/a  ', expected: 'https://example.com/a' },
];

for (const { label, input, expected } of cases) {
  test(`normalizeUrl: ${label}`, () => assert.equal(normalizeUrl(input), expected));
}

test('normalizeUrl: variants of one address are equal', () => {
  const variants = [
    'http://www.example.com/news/1/?utm_campaign=z&b=2&a=1#top',
    'https://example.com/news/1?a=1&b=2',
    'https://EXAMPLE.com:443/news/1?b=2&a=1&fbclid=q',
  ];
  assert.equal(new Set(variants.map(normalizeUrl)).size, 1);
});
