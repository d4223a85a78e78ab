import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SpanMemo, hashSpan } from './span-memo.js';

test('a span memo answers for the word a span spells, wherever it stands, and for no other', () => {
  const memo = new SpanMemo<number>();
  const text = 'Kim met Kimberly and Kim';
  assert.equal(memo.get(text, 0, 3), undefined);
  assert.equal(memo.add(text, 0, 3, 1), 1);
  assert.equal(memo.get(text, 21, 24), 1, 'the same word further on');
  assert.equal(memo.get('Kim', 0, 3), 1, 'the same word in another text');
  assert.equal(memo.get(text, 8, 11), 1, 'the start of "Kimberly" spells "Kim"');
  assert.equal(memo.get(text, 8, 16), undefined, 'a longer word');
  assert.equal(memo.get(text, 0, 2), undefined, 'a shorter word');
  assert.equal(memo.get('kim', 0, 3), undefined, 'case counts');
});

test('a span memo keeps every word as it grows (5,000 words share slots: each is found by its text)', () => {
  const memo = new SpanMemo<string>();
  const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
  for (const w of words) memo.add(w, 0, w.length, w.toUpperCase());
  assert.equal(memo.size, words.length);
  for (const w of words) assert.equal(memo.get(` ${w} `, 1, w.length + 1), w.toUpperCase(), w);
  assert.equal(memo.get('nope', 0, 4), undefined);
});

test('hashSpan hashes the span in place: the same as hashing the word alone', () => {
  assert.equal(hashSpan('the DPRK said', 4, 8), hashSpan('DPRK', 0, 4));
  assert.notEqual(hashSpan('DPRK', 0, 4), hashSpan('DPRk', 0, 4));
});

test('a full span memo starts over rather than growing past its limit', () => {
  const memo = new SpanMemo<number>(2);
  memo.add('a', 0, 1, 1);
  memo.add('b', 0, 1, 2);
  memo.add('c', 0, 1, 3);
  assert.equal(memo.get('a', 0, 1), undefined);
  assert.equal(memo.get('b', 0, 1), undefined);
  assert.equal(memo.get('c', 0, 1), 3);
  memo.clear();
  assert.equal(memo.size, 0);
  assert.equal(memo.get('c', 0, 1), undefined);
});
