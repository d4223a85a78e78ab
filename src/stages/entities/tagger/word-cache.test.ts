import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CachedWord } from './word-cache.js';
import { WordCache } from './word-cache.js';

/** A stand-in for learnWord that records which words were learned, in which slot. */
function learner(learned: string[]): (word: string, slot: number) => CachedWord {
  return (word, slot) => {
    learned.push(`${word}@${slot}`);
    return { word: 0, lower: 0, shape: 0, lowerText: word, gazNode: undefined, capitalKind: 0, slot };
  };
}

/** A sentence of words as word-cache.ts takes it: a text and its tokens' spans. */
function spans(words: readonly string[]): [string, { start: number; end: number }[]] {
  let at = 0;
  return [words.join(' '), words.map((w) => ({ start: at, end: (at += w.length + 1) - 1 }))];
}

const slotsOf = (words: readonly CachedWord[]): string =>
  words.map((w) => `${w.lowerText}@${w.slot}`).join(' ');

test('word cache: a word is learned once, in the next free slot, and keeps it', () => {
  const learned: string[] = [];
  const cache = new WordCache(10);
  assert.equal(
    slotsOf(cache.sentence(...spans(['the', 'DPRK', 'the']), learner(learned))),
    'the@0 DPRK@1 the@0',
  );
  assert.equal(slotsOf(cache.sentence(...spans(['DPRK', 'said']), learner(learned))), 'DPRK@1 said@2');
  assert.deepEqual(learned, ['the@0', 'DPRK@1', 'said@2']);
  assert.ok(cache.emissions.length >= 3 * 9 && cache.transitions.length >= 3 * 81);
});

test('word cache: when full it starts over before a sentence, never within one', () => {
  const learned: string[] = [];
  const cache = new WordCache(2);
  // Three new words in one sentence: the third gets a slot of its own although the limit is two.
  assert.equal(slotsOf(cache.sentence(...spans(['a', 'b', 'c']), learner(learned))), 'a@0 b@1 c@2');
  assert.equal(slotsOf(cache.sentence(...spans(['c', 'a']), learner(learned))), 'c@0 a@1');
  assert.deepEqual(learned, ['a@0', 'b@1', 'c@2', 'c@0', 'a@1']);
});

test('word cache: sums already written survive the arrays growing', () => {
  const cache = new WordCache(100);
  const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
  cache.sentence(...spans(words), (word, slot) => {
    cache.emissions[slot * 9] = slot + 0.5;
    cache.transitions[slot * 81 + 80] = -slot;
    return { word: 0, lower: 0, shape: 0, lowerText: word, gazNode: undefined, capitalKind: 0, slot };
  });
  for (let slot = 0; slot < 40; slot++) {
    assert.equal(cache.emissions[slot * 9], slot + 0.5);
    assert.equal(cache.transitions[slot * 81 + 80], -slot);
  }
});
