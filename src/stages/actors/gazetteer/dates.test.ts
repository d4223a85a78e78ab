import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPartialDate, validOn } from './dates.js';

test('validOn widens partial dates and treats empty bounds as open', () => {
  const cases: [label: string, from: string | null, to: string | null, date: string, valid: boolean][] = [
    ['inside a day-precise term', '2022-06-11', null, '2024-01-18', true],
    ['the day before the term', '2022-06-11', null, '2022-06-10', false],
    ['year precision covers the whole start year', '2022', '2024', '2022-01-02', true],
    ['year precision covers the whole end year', '2022', '2024', '2024-12-31', true],
    ['after a year-precise end', '2022', '2024', '2025-01-01', false],
    ['month precision end', '2020-01-14', '2021-04', '2021-04-30', true],
    ['after a month-precise end', '2020-01-14', '2021-04', '2021-05-01', false],
    ['open both ends', null, null, '1950-01-01', true],
  ];
  for (const [label, from, to, date, valid] of cases) assert.equal(validOn(from, to, date), valid, label);
});

test('isPartialDate accepts year, month and day precision only', () => {
  assert.ok(isPartialDate('2017'));
  assert.ok(isPartialDate('2017-05'));
  assert.ok(isPartialDate('2017-05-10'));
  assert.ok(!isPartialDate('9008223'));
  assert.ok(!isPartialDate('May 2017'));
});
