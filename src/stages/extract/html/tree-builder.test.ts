import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_DEPTH, textOf, walk } from './dom.js';
import { parseHtml } from './tree-builder.js';

function maxDepth(html: string): number {
  const { root } = parseHtml(html);
  let max = 0;
  walk(root, (el) => {
    let d = 0;
    for (let a = el.parent; a; a = a.parent) d++;
    max = Math.max(max, d);
  });
  return max;
}

const cases: { label: string; html: string; text: string }[] = [
  { label: 'entities decoded', html: '<p>Kim &amp; Putin &ldquo;met&rdquo;</p>', text: 'Kim & Putin “met”' },
  {
    label: 'script and style skipped',
    html: '<p>a<script>if (a<b) x()</script>b<style>p{}</style></p>',
    text: 'ab',
  },
  { label: 'svg and its text skipped', html: '<p>a<svg><g><text>no</text></g></svg>b</p>', text: 'ab' },
  { label: 'a block closes an open <p>', html: '<p>one<div>two</div>', text: 'one two' },
  { label: 'stray end tags ignored', html: '</span><p>one</b></p>', text: 'one' },
];

for (const c of cases) {
  test(`parseHtml: ${c.label}`, () => assert.equal(textOf(parseHtml(c.html).root), c.text));
}

test('parseHtml collects JSON-LD scripts', () => {
  const { jsonLd } = parseHtml('<script type="application/ld+json">{"a":1}</script><script>x</script>');
  assert.deepEqual(jsonLd, ['{"a":1}']);
});

const negativeCases: { label: string; html: string }[] = [
  { label: '100,000 nested divs', html: '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000) },
  { label: '100,000 unclosed spans', html: '<span>'.repeat(100_000) + 'x' },
  { label: 'an unclosed script', html: '<div><script>var a = "<div>"' },
];

for (const c of negativeCases) {
  test(`parseHtml negative: ${c.label} stays within the depth cap`, () => {
    const start = performance.now();
    assert.ok(maxDepth(c.html) <= MAX_DEPTH + 2);
    assert.ok(performance.now() - start < 5000, 'parse took over 5 s');
  });
}
