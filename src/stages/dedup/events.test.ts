import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../core/document.js';
import { findContradictions, majorityValue, type ReportFacts } from './contradictions.js';
import { addDays, eventKey, isSameEvent } from './event-match.js';

type KeyFields = Pick<Event, 'type' | 'actor' | 'recipient' | 'date' | 'place'>;
const prk = { name: 'North Korea', code: 'PRK', sector: 'GOV', role: null };
const rus = { name: 'Russia', code: 'RUS', sector: 'GOV', role: null };
const day = (d: string) => ({ start: d, end: d, text: '', precision: 'day' as const, anchor: null });
const launch: KeyFields = {
  type: 'MOBILIZE',
  actor: [prk],
  recipient: [],
  date: day('2024-01-14'),
  place: null,
};

const same: Array<{ label: string; other: Partial<KeyFields> }> = [
  { label: 'identical', other: {} },
  { label: 'one day apart (time zones)', other: { date: day('2024-01-15') } },
  {
    label: 'month-precision date contains the day',
    other: { date: { start: '2024-01-01', end: '2024-01-31', text: '', precision: 'month', anchor: null } },
  },
  { label: 'extra actor on one side', other: { actor: [prk, rus] } },
  {
    label: 'place known on one side only',
    other: { place: { name: 'Pyongyang', code: 'PRK', lat: null, lon: null, geonameid: 1871859 } },
  },
];
for (const { label, other } of same) {
  test(`isSameEvent: ${label}`, () =>
    assert.ok(isSameEvent(eventKey(launch), eventKey({ ...launch, ...other }))));
}

test('addDays crosses month and year ends', () => {
  assert.equal(addDays('2024-01-31', 1), '2024-02-01');
  assert.equal(addDays('2024-01-01', -1), '2023-12-31');
});

const r = (id: string, facts: Partial<ReportFacts> = {}): ReportFacts => ({
  id,
  date: null,
  place: null,
  quantities: {},
  ...facts,
});

const contradictionCases: Array<{ label: string; reports: ReportFacts[]; fields: string[] }> = [
  {
    label: 'agreeing reports',
    reports: [r('a', { date: day('2024-01-14') }), r('b', { date: day('2024-01-14') })],
    fields: [],
  },
  {
    label: 'day within month is a refinement',
    reports: [
      r('a', { date: { start: '2024-01-01', end: '2024-01-31', precision: 'month' } }),
      r('b', { date: day('2024-01-14') }),
    ],
    fields: [],
  },
  {
    label: 'different days',
    reports: [r('a', { date: day('2024-01-14') }), r('b', { date: day('2024-01-15') })],
    fields: ['date'],
  },
  {
    label: 'different places',
    reports: [
      r('a', { place: { name: 'Pyongyang', code: 'PRK', geonameid: 1 } }),
      r('b', { place: { name: 'Sinpo', code: 'PRK', geonameid: 2 } }),
    ],
    fields: ['place'],
  },
  {
    label: 'different counts and missile types',
    reports: [
      r('a', { quantities: { count: 2, missileType: 'SRBM' } }),
      r('b', { quantities: { count: 3, missileType: 'SRBM' } }),
    ],
    fields: ['count'],
  },
  {
    label: 'a value missing on one side is no disagreement',
    reports: [r('a', { quantities: { count: 2 } }), r('b')],
    fields: [],
  },
];
for (const { label, reports, fields } of contradictionCases) {
  test(`findContradictions: ${label}`, () => {
    const found = findContradictions(reports);
    assert.deepEqual(
      found.map((c) => c.field),
      fields,
    );
    for (const c of found) assert.ok(c.values.length >= 2, 'every side is kept');
  });
}

test('findContradictions keeps each value with its reports, never averaged', () => {
  const [count] = findContradictions([
    r('a', { quantities: { count: 2 } }),
    r('b', { quantities: { count: 3 } }),
    r('c', { quantities: { count: 2 } }),
  ]);
  assert.deepEqual(count, {
    field: 'count',
    values: [
      { value: '2', reports: ['a', 'c'] },
      { value: '3', reports: ['b'] },
    ],
  });
});

test('majorityValue: most common wins, ties go to the first', () => {
  assert.equal(
    majorityValue(['b', 'a', 'a'], (v) => v),
    'a',
  );
  assert.equal(
    majorityValue(['b', 'a'], (v) => v),
    'b',
  );
  assert.equal(
    majorityValue([], (v: string) => v),
    null,
  );
});
