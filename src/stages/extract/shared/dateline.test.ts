import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDateline, resolveMonthDay } from './dateline.js';

const PARSED: ReadonlyArray<{
  label: string;
  input: string;
  text: string;
  place: string;
  month: number | null;
  day: number | null;
  agency: string | null;
  rest: string;
}> = [
  {
    label: 'Yonhap, capitals and "--"',
    input: 'SEOUL, April 6 (Yonhap) -- North Korea fired a missile.',
    text: 'SEOUL, April 6 (Yonhap)',
    place: 'SEOUL',
    month: 4,
    day: 6,
    agency: 'Yonhap',
    rest: 'North Korea fired a missile.',
  },
  {
    label: 'KCNA, title case',
    input: 'Pyongyang, July 3 (KCNA) -- A meeting was held.',
    text: 'Pyongyang, July 3 (KCNA)',
    place: 'Pyongyang',
    month: 7,
    day: 3,
    agency: 'KCNA',
    rest: 'A meeting was held.',
  },
  {
    label: 'KCNA with the story glued to the separator',
    input: 'Pyongyang, August 18 (KCNA) --Kim Jong Un sent greetings.',
    text: 'Pyongyang, August 18 (KCNA)',
    place: 'Pyongyang',
    month: 8,
    day: 18,
    agency: 'KCNA',
    rest: 'Kim Jong Un sent greetings.',
  },
  {
    label: 'AP without a date, em dash',
    input: 'WASHINGTON (AP) — The Senate voted.',
    text: 'WASHINGTON (AP)',
    place: 'WASHINGTON',
    month: null,
    day: null,
    agency: 'AP',
    rest: 'The Senate voted.',
  },
  {
    label: 'Reuters, abbreviated month, hyphen',
    input: 'MOSCOW, Jan. 17 (Reuters) - Russia said on Wednesday.',
    text: 'MOSCOW, Jan. 17 (Reuters)',
    place: 'MOSCOW',
    month: 1,
    day: 17,
    agency: 'Reuters',
    rest: 'Russia said on Wednesday.',
  },
  {
    label: 'two-word place, September abbreviated as Sept.',
    input: 'UNITED NATIONS, Sept. 9 (AFP) -- The council met.',
    text: 'UNITED NATIONS, Sept. 9 (AFP)',
    place: 'UNITED NATIONS',
    month: 9,
    day: 9,
    agency: 'AFP',
    rest: 'The council met.',
  },
  {
    label: "a newspaper's own dateline, capitals, no agency",
    input: 'TOKYO — Japan protested.',
    text: 'TOKYO',
    place: 'TOKYO',
    month: null,
    day: null,
    agency: null,
    rest: 'Japan protested.',
  },
];

for (const c of PARSED) {
  test(`parseDateline: ${c.label}`, () => {
    const d = parseDateline(c.input);
    assert.ok(d, 'no dateline found');
    assert.deepEqual(
      { text: d.text, place: d.place, month: d.month, day: d.day, agency: d.agency, rest: d.rest },
      { text: c.text, place: c.place, month: c.month, day: c.day, agency: c.agency, rest: c.rest },
    );
  });
}

const NOT_DATELINES: ReadonlyArray<{ label: string; input: string }> = [
  { label: 'a sentence with a dash', input: 'Kim Jong Un - the leader - visited a factory.' },
  { label: 'a title-case place without agency', input: 'Seoul - Busan trains were cancelled.' },
  { label: 'an ordinary first sentence', input: 'The top nuclear envoys of South Korea met on Thursday.' },
  { label: 'a day that cannot be', input: 'SEOUL, April 45 (Yonhap) -- Text.' },
  { label: 'a dateline with nothing after it', input: 'SEOUL, April 6 (Yonhap) --' },
  { label: 'empty', input: '' },
];

for (const c of NOT_DATELINES) {
  test(`parseDateline, not a dateline: ${c.label}`, () => assert.equal(parseDateline(c.input), null));
}

const RESOLVED: ReadonlyArray<{
  label: string;
  month: number;
  day: number;
  ref: string;
  want: string | null;
}> = [
  { label: 'same day as the reference', month: 7, day: 3, ref: '2024-07-03', want: '2024-07-03' },
  { label: 'a day before the reference', month: 7, day: 2, ref: '2024-07-03', want: '2024-07-02' },
  { label: 'across the new year', month: 12, day: 31, ref: '2024-01-01', want: '2023-12-31' },
  {
    label: 'a day after the reference is last year',
    month: 7,
    day: 4,
    ref: '2024-07-03',
    want: '2023-07-04',
  },
  { label: 'February 29 goes back to a leap year', month: 2, day: 29, ref: '2023-03-01', want: '2020-02-29' },
  { label: 'an impossible day', month: 2, day: 30, ref: '2024-03-01', want: null },
  { label: 'a reference that is no date', month: 7, day: 3, ref: 'yesterday', want: null },
];

for (const c of RESOLVED) {
  test(`resolveMonthDay: ${c.label}`, () => assert.equal(resolveMonthDay(c.month, c.day, c.ref), c.want));
}
