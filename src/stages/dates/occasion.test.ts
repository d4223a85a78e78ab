import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor, Event } from '../../core/document.js';
import { eventAt } from '../../core/event-fixture.js';
import { datesGiven } from './dates-fixture.js';

const PRK: Actor = { name: 'Choe', code: 'PRK', sector: 'GOV', role: null };
const RUS: Actor = { name: 'Lavrov', code: 'RUS', sector: 'GOV', role: null };
const USA: Actor = { name: 'U.S.', code: 'USA', sector: null, role: null };

const datesOf = (text: string, events: Event[]) =>
  datesGiven(text, events, '2024-11-02').map((d) => d?.start ?? null);

const TEXT = [
  'A dialogue between Choe and Lavrov took place in Moscow on November 1.',
  'The statement says relations grow.',
  'Relations are old.',
  'At the strategic dialogue, views were exchanged.',
  'Both sides reaffirmed their will.',
  'The Russian side expressed full support.',
  'The U.S. imposed sanctions.',
  'Lavrov condemned the U.S. for its sanctions.',
  'Russia has supplied oil.',
].join(' ');

test('the main meeting dates what its parties did there, told in the past after it', () => {
  const past = { tense: 'past' as const };
  const events = [
    eventAt(TEXT, 'A dialogue between Choe and Lavrov', { actor: [PRK], recipient: [RUS] }),
    eventAt(TEXT, 'views were exchanged', { actor: [USA], ...past }),
    eventAt(TEXT, 'reaffirmed their will', { actor: [], ...past }),
    eventAt(TEXT, 'The Russian side expressed full support', {
      type: 'SUPPORT',
      actor: [RUS],
      recipient: [PRK],
      ...past,
    }),
    eventAt(TEXT, 'The U.S. imposed sanctions', {
      type: 'SANCTION',
      actor: [USA],
      recipient: [PRK],
      ...past,
    }),
    eventAt(TEXT, 'Lavrov condemned the U.S.', { type: 'ACCUSE', actor: [RUS], recipient: [USA], ...past }),
    eventAt(TEXT, 'Russia has supplied oil', {
      type: 'AID',
      actor: [RUS],
      recipient: [PRK],
      tense: 'perfect',
    }),
  ];
  assert.deepEqual(datesOf(TEXT, events), [
    '2024-11-01',
    // "At the strategic dialogue, …" and "Both sides …" continue the occasion.
    '2024-11-01',
    '2024-11-01',
    // A party of the meeting, in the past.
    '2024-11-01',
    // Not a party; a party acting on another; a perfect could be any day before.
    null,
    '2024-11-01',
    null,
  ]);
});
