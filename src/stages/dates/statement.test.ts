import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../../core/document.js';
import { eventAt } from '../../core/event-fixture.js';
import { datesGiven } from './dates-fixture.js';

const datesOf = (text: string, events: Event[], publishedAt: string | null = '2022-05-06') =>
  datesGiven(text, events, publishedAt).map((d) => d?.start ?? null);

const RELEASE = [
  'The United States is imposing sanctions on the mixer.',
  'The DPRK launched missiles.',
  'The DPRK has stolen funds.',
  'We will meet again.',
  'Kim said the talks are over.',
].join(' ');

test('a present-tense statement with no day of its own is dated on the reference day', () => {
  const events = [
    eventAt(RELEASE, 'The United States is imposing sanctions', { tense: 'present' }),
    eventAt(RELEASE, 'The DPRK launched missiles', { tense: 'past' }),
    eventAt(RELEASE, 'The DPRK has stolen funds', { tense: 'perfect' }),
    eventAt(RELEASE, 'We will meet again', { tense: 'future', status: 'planned' }),
    eventAt(RELEASE, 'the talks are over', { tense: 'present' }),
  ];
  // Past, perfect and future name no day; reported speech is present as of its saying.
  assert.deepEqual(datesOf(RELEASE, events), ['2022-05-06', null, null, null, null]);
  // No reference, no date.
  assert.deepEqual(datesOf(RELEASE, events, null), [null, null, null, null, null]);
});

test('a quotation is present as of its speaker, not of the article', () => {
  const text = 'Officials met. “We condemn the launch,” he said.';
  assert.deepEqual(datesOf(text, [eventAt(text, 'We condemn the launch', { tense: 'present' })]), [null]);
});
