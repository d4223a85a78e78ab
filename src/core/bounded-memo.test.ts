import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoundedMemo } from './bounded-memo.js';

test('a memo answers what it was given, false included, and nothing else', () => {
  const memo = new BoundedMemo<string, boolean>(10);
  assert.equal(memo.get('Kim'), undefined);
  assert.equal(memo.add('Kim', false), false);
  assert.equal(memo.get('Kim'), false);
  assert.equal(memo.get('Pak'), undefined);
});

test('a full memo starts over rather than growing past its limit', () => {
  const memo = new BoundedMemo<number, number>(2);
  memo.add(1, 10);
  memo.add(2, 20);
  memo.add(3, 30);
  assert.equal(memo.get(1), undefined);
  assert.equal(memo.get(2), undefined);
  assert.equal(memo.get(3), 30);
});
