/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventSummary } from '../api.js';
import {
  assignLanes,
  bucketEnd,
  dayMs,
  denseWindow,
  isoDay,
  eventInterval,
  laneOf,
  markSpan,
  tickLabel,
  timeDomain,
  timeTicks,
  toMs,
  toX,
  zoomInterval,
  DAY_MS,
  MIN_MARK_PX,
} from './timeline-scale.js';
import { summary } from './__fixtures__/events.js';

type Actor = EventSummary['actors'][number];
const actor = (code: string, role: Actor['role'] = 'actor'): Actor => ({ role, code, sector: null });

test('date precision sets the mark interval: a day is one day, a month its days', () => {
  const cases: Array<[string, EventSummary['date'], number | null]> = [
    ['day', { start: '2024-01-16', end: '2024-01-16', precision: 'day' }, 1],
    ['week', { start: '2024-01-15', end: '2024-01-21', precision: 'week' }, 7],
    ['month', { start: '2022-03-01', end: '2022-03-31', precision: 'month' }, 31],
    ['year', { start: '2020-01-01', end: '2020-12-31', precision: 'year' }, 366],
    ['undated', null, null],
    ['unparseable', { start: 'March 2022', end: 'March 2022', precision: 'month' }, null],
  ];
  for (const [label, date, days] of cases) {
    const interval = eventInterval(date);
    assert.equal(interval ? (interval.end - interval.start) / DAY_MS : null, days, label);
  }
});

test('scale maps time to pixels and back; narrow marks widen to the minimum, centred', () => {
  const scale = { start: dayMs('2024-01-01'), end: dayMs('2025-01-01'), x0: 0, x1: 366 };
  assert.equal(toX(scale, dayMs('2024-01-11')), 10, 'one pixel per day');
  assert.equal(toMs(scale, 10), dayMs('2024-01-11'), 'inverse');
  const month = markSpan(scale, { start: dayMs('2024-03-01'), end: dayMs('2024-04-01') });
  assert.deepEqual([month.x, month.width].map(Math.round), [60, 31], 'a month is 31 pixels');
  const day = markSpan(scale, { start: dayMs('2024-01-11'), end: dayMs('2024-01-12') });
  assert.equal(day.width, MIN_MARK_PX, 'a day is widened');
  assert.equal(day.x + day.width / 2, 10.5, 'around its middle');
});

test('domain: the URL interval when given, else the padded extent; nothing to draw gives null', () => {
  const intervals = [{ start: dayMs('2024-01-01'), end: dayMs('2024-01-21') }];
  assert.deepEqual(timeDomain(intervals, '2023-01-01', '2023-12-31'), {
    start: dayMs('2023-01-01'),
    end: dayMs('2024-01-01'),
  });
  assert.deepEqual(timeDomain(intervals), { start: dayMs('2023-12-31'), end: dayMs('2024-01-22') });
  assert.equal(timeDomain([]), null);
  assert.equal(timeDomain([], '2023-01-01'), null, 'half an interval and no events');
});

test('zoom halves or doubles around the middle, in whole days', () => {
  const domain = { start: dayMs('2024-01-01'), end: dayMs('2024-01-09') };
  assert.deepEqual(zoomInterval(domain, 0.5), { from: '2024-01-03', to: '2024-01-06' });
  assert.deepEqual(zoomInterval(domain, 2), { from: '2023-12-28', to: '2024-01-12' });
  const oneDay = { start: dayMs('2024-01-01'), end: dayMs('2024-01-02') };
  assert.deepEqual(zoomInterval(oneDay, 0.5), { from: '2024-01-01', to: '2024-01-01' }, 'never under a day');
});

test('lane of an event: the first actor-side code, else any code, else none', () => {
  const cases: Array<[string, Actor[], string]> = [
    ['actor side first', [actor('KOR', 'recipient'), actor('PRK')], 'PRK'],
    ['recipient only', [actor('USA', 'recipient')], 'USA'],
    ['no actors', [], 'none'],
  ];
  for (const [label, actors, lane] of cases) assert.equal(laneOf(summary('e', { actors })), lane, label);
});

test('lanes: busiest first, ties by code; overlapping intervals stack into rows', () => {
  const item = (lane: string, start: number, end: number) => ({ lane, start, end });
  const lanes = assignLanes([
    item('USA', 0, 5),
    item('PRK', 0, 10),
    item('PRK', 2, 4),
    item('PRK', 10, 12),
    item('KOR', 3, 4),
  ]);
  assert.deepEqual(
    lanes.map((l) => l.code),
    ['PRK', 'KOR', 'USA'],
  );
  const prk = lanes[0]?.rows.map((row) => row.map((i) => [i.start, i.end]));
  assert.deepEqual(
    prk,
    [
      [
        [0, 10],
        [10, 12],
      ],
      [[2, 4]],
    ],
    'the inner event takes a second row; the later one reuses the first',
  );
});

test('ticks follow the calendar and get coarser as the domain grows', () => {
  const cases: Array<[string, string, string, string[]]> = [
    ['a week: days', '2024-01-01', '2024-01-05', ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04']],
    ['a year: quarters', '2024-01-01', '2025-01-01', ['2024-01', '2024-04', '2024-07', '2024-10']],
    ['a decade: years', '2015-06-01', '2021-06-01', ['2016', '2017', '2018', '2019', '2020', '2021']],
  ];
  for (const [label, from, to, expected] of cases) {
    const ticks = timeTicks({ start: dayMs(from), end: dayMs(to) });
    assert.deepEqual(
      ticks.map((t) => tickLabel(t, ticks)),
      expected,
      label,
    );
  }
});

test('dense window: the shortest run of buckets with 95 % of the events; stray years fall outside', () => {
  const year = (y: number, count: number) => ({ start: dayMs(`${y}-01-01`), count });
  const cases: Array<[string, Array<{ start: number; count: number }>, [string, string] | null]> = [
    [
      'a stray century start',
      [year(1994, 1), year(2001, 1), year(2021, 20), year(2022, 149)],
      ['2021-01-01', '2023-01-01'],
    ],
    ['evenly spread: all of it', [year(2020, 5), year(2021, 5), year(2022, 5)], ['2020-01-01', '2023-01-01']],
    ['one bucket', [year(2020, 3)], ['2020-01-01', '2021-01-01']],
    ['nothing', [], null],
  ];
  for (const [label, buckets, expected] of cases) {
    const window = denseWindow(buckets, 'year');
    assert.deepEqual(window && [isoDay(window.start), isoDay(window.end)], expected, label);
  }
});

test('bucket ends: a day, a calendar month, a year', () => {
  assert.equal(isoDay(bucketEnd(dayMs('2024-02-29'), 'day')), '2024-03-01');
  assert.equal(isoDay(bucketEnd(dayMs('2024-02-01'), 'month')), '2024-03-01');
  assert.equal(isoDay(bucketEnd(dayMs('2024-01-01'), 'year')), '2025-01-01');
});
