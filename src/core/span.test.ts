import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstStartingAt, overlapTest, overlaps, type Span } from './span.js';

test('spans overlap when they share a character, not when they only touch', () => {
  assert.equal(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 }), true);
  assert.equal(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 }), false);
  assert.equal(overlaps({ start: 2, end: 3 }, { start: 0, end: 9 }), true);
});

test('overlapTest answers as spans.some(overlaps) does, on nested, touching and unsorted spans', () => {
  // A fixed pseudo-random sequence, so a failure can be replayed.
  let seed = 7;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) % n;
  };
  const span = (): Span => {
    const start = next(200);
    return { start, end: start + 1 + next(30) };
  };
  for (let round = 0; round < 50; round++) {
    const spans = Array.from({ length: next(12) }, span);
    const test = overlapTest(spans);
    for (let q = 0; q < 40; q++) {
      const probe = span();
      assert.equal(
        test(probe),
        spans.some((s) => overlaps(s, probe)),
        JSON.stringify({ spans, probe }),
      );
    }
  }
});

test('firstStartingAt finds the first span starting at or after a position', () => {
  const sorted = [0, 4, 4, 9].map((start) => ({ start, end: start + 2 }));
  assert.deepEqual(
    [-1, 0, 1, 4, 5, 9, 10].map((at) => firstStartingAt(sorted, at)),
    [0, 0, 1, 1, 3, 3, 4],
  );
  assert.equal(firstStartingAt([], 3), 0);
});
