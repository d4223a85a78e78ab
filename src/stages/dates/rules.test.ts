import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDay, parseIsoDay } from './calendar.js';
import { resolveText } from './resolve.js';

// The seed page's reference: published Thursday 2024-01-18.
const THURSDAY = parseIsoDay('2024-01-18')!;

const CASES: { label: string; text: string; expr: string; start: string; end: string; timex: string }[] = [
  {
    label: 'weekday, same day',
    text: 'They met on Thursday.',
    expr: 'Thursday',
    start: '2024-01-18',
    end: '2024-01-18',
    timex: '2024-01-18',
  },
  {
    label: 'weekday, past bias',
    text: 'It fired a missile on Sunday.',
    expr: 'Sunday',
    start: '2024-01-14',
    end: '2024-01-14',
    timex: '2024-01-14',
  },
  {
    label: 'weekday, future tense',
    text: 'Kim will meet Pak on Monday.',
    expr: 'Monday',
    start: '2024-01-22',
    end: '2024-01-22',
    timex: '2024-01-22',
  },
  {
    label: 'possessive weekday',
    text: "During Monday's parliamentary meeting, Kim spoke.",
    expr: "Monday's",
    start: '2024-01-15',
    end: '2024-01-15',
    timex: '2024-01-15',
  },
  {
    label: 'last weekday excludes today',
    text: 'He spoke last Thursday.',
    expr: 'last Thursday',
    start: '2024-01-11',
    end: '2024-01-11',
    timex: '2024-01-11',
  },
  {
    label: 'early month',
    text: 'In early January, shells fell.',
    expr: 'early January',
    start: '2024-01-01',
    end: '2024-01-10',
    timex: '2024-01',
  },
  {
    label: 'year-end, last year',
    text: "the leader's year-end party plenum",
    expr: 'year-end',
    start: '2023-12-21',
    end: '2023-12-31',
    timex: '2023',
  },
  {
    label: 'earlier this week',
    text: 'His visit earlier this week.',
    expr: 'earlier this week',
    start: '2024-01-15',
    end: '2024-01-17',
    timex: '2024-W03',
  },
  {
    label: 'last week',
    text: 'It happened last week.',
    expr: 'last week',
    start: '2024-01-08',
    end: '2024-01-14',
    timex: '2024-W02',
  },
  {
    label: 'yesterday',
    text: 'He said yesterday.',
    expr: 'yesterday',
    start: '2024-01-17',
    end: '2024-01-17',
    timex: '2024-01-17',
  },
  {
    label: 'month-day without year',
    text: 'They met on Jan. 3 in Seoul.',
    expr: 'Jan. 3',
    start: '2024-01-03',
    end: '2024-01-03',
    timex: '2024-01-03',
  },
  {
    label: 'month-day last year',
    text: 'It launched on December 28.',
    expr: 'December 28',
    start: '2023-12-28',
    end: '2023-12-28',
    timex: '2023-12-28',
  },
  {
    label: 'full date',
    text: 'Signed on January 3, 2023.',
    expr: 'January 3, 2023',
    start: '2023-01-03',
    end: '2023-01-03',
    timex: '2023-01-03',
  },
  {
    label: 'iso',
    text: 'Dated 2022-11-02.',
    expr: '2022-11-02',
    start: '2022-11-02',
    end: '2022-11-02',
    timex: '2022-11-02',
  },
  {
    label: 'year',
    text: 'As in 2023, tests went on.',
    expr: '2023',
    start: '2023-01-01',
    end: '2023-12-31',
    timex: '2023',
  },
  {
    label: 'last year',
    text: 'It tested last year.',
    expr: 'last year',
    start: '2023-01-01',
    end: '2023-12-31',
    timex: '2023',
  },
  {
    label: 'month with year',
    text: 'Since May 2010 it has.',
    expr: 'May 2010',
    start: '2010-05-01',
    end: '2010-05-31',
    timex: '2010-05',
  },
  {
    label: 'bare month, past',
    text: 'It was the first since October.',
    expr: 'October',
    start: '2023-10-01',
    end: '2023-10-31',
    timex: '2023-10',
  },
  {
    label: 'last month',
    text: 'Talks began last month.',
    expr: 'last month',
    start: '2023-12-01',
    end: '2023-12-31',
    timex: '2023-12',
  },
  {
    label: 'season',
    text: 'It opened last summer.',
    expr: 'last summer',
    start: '2023-06-01',
    end: '2023-08-31',
    timex: '2023-SU',
  },
  {
    label: 'years ago',
    text: 'It began two years ago.',
    expr: 'two years ago',
    start: '2022-01-01',
    end: '2022-12-31',
    timex: '2022',
  },
  {
    label: 'now',
    text: 'It is now over.',
    expr: 'now',
    start: '2024-01-18',
    end: '2024-01-18',
    timex: 'PRESENT_REF',
  },
];

for (const c of CASES) {
  test(`dates rule: ${c.label}`, () => {
    const found = resolveText(c.text, THURSDAY).find((m) => m.resolved);
    assert.ok(found?.resolved, 'an expression is found and resolved');
    assert.equal(found.text, c.expr);
    assert.deepEqual(
      [isoDay(found.resolved.start), isoDay(found.resolved.end), found.resolved.timex],
      [c.start, c.end, c.timex],
    );
  });
}

test('dates rule: "the same day" takes the date before it', () => {
  const found = resolveText('A test on Sunday, the same day Choe arrived.', THURSDAY);
  assert.deepEqual(
    found.map((m) => [m.text, m.resolved && isoDay(m.resolved.start)]),
    [
      ['Sunday', '2024-01-14'],
      ['the same day', '2024-01-14'],
    ],
  );
});

test('dates rule: without a reference only absolute dates resolve', () => {
  const found = resolveText('On Sunday, as on January 3, 2023, it fired.', null);
  assert.deepEqual(
    found.map((m) => m.resolved && isoDay(m.resolved.start)),
    [null, '2023-01-03'],
  );
});
