import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentHash, normalizeText } from './content-hash.js';
import { estimateJaccard, minhash, bandKeys } from './minhash.js';
import { NearDuplicateIndex } from './near-duplicate-index.js';
import { jaccard, shingles, isNearDuplicate } from './shingles.js';

/** A deterministic pseudo-article of `n` words drawn from a small vocabulary (no publisher text needed). */
function article(seed: number, n = 300): string {
  const vocabulary =
    'north korea fired missile sea seoul said military launch joint chiefs staff east range'.split(' ');
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(`${vocabulary[x % vocabulary.length]}${x % 97}`);
  }
  return out.join(' ');
}

test('normalizeText: layout and typography do not matter', () => {
  const cases: Array<[string, string]> = [
    ['Kim said “no”  —\n\nthen left…', 'kim said "no" - then left...'],
    ['ＮＯＲＴＨ Korea', 'north korea'],
  ];
  for (const [input, expected] of cases) assert.equal(normalizeText(input), expected);
  assert.equal(contentHash('A  b\nc'), contentHash('a b c'));
});

test('shingles and jaccard: a copy with one sentence added is still ≥ 0.85', () => {
  const original = article(1);
  const copy = `${original} Reporting by the wire desk.`;
  assert.ok(jaccard(shingles(original), shingles(copy)) >= 0.85);
  assert.ok(isNearDuplicate(original, copy));
  assert.equal(isNearDuplicate(original, article(2)), false);
});

test('minhash estimates jaccard within 0.1', () => {
  const a = article(3);
  const b = article(3, 260);
  const exact = jaccard(shingles(a), shingles(b));
  assert.ok(Math.abs(estimateJaccard(minhash(shingles(a)), minhash(shingles(b))) - exact) < 0.1);
  assert.deepEqual(bandKeys(minhash(new Set())), []);
});

test('NearDuplicateIndex finds the copy and compares few candidates', () => {
  const index = new NearDuplicateIndex();
  for (let i = 0; i < 200; i++) index.add(`doc${i}`, article(1000 + i));
  const copy = `Wire copy. ${article(1042)} (Yonhap)`;
  const matches = index.query(copy);
  assert.equal(matches[0]?.id, 'doc42');
  assert.ok((matches[0]?.similarity ?? 0) >= 0.85);
  // LSH: the lookup must not degrade into comparing all 200 stored texts.
  assert.ok(index.candidateCount(copy) < 10, `candidates: ${index.candidateCount(copy)}`);
  assert.deepEqual(index.query(article(5000)), []);
});
