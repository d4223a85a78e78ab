import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFromUrl, normalizeDate } from './dates.js';

const cases: [label: string, raw: string, expected: string | null][] = [
  ['ISO with offset', '2024-01-18T09:30:00+09:00', '2024-01-18T09:30:00+09:00'],
  ['ISO with Z and millis', '2019-11-19T14:03:00.000Z', '2019-11-19T14:03:00Z'],
  ['ISO offset without colon', '2019-11-19T14:03:00-0500', '2019-11-19T14:03:00-05:00'],
  ['ISO time without zone keeps the day only', '2019-11-19T14:03:00', '2019-11-19'],
  ['date only', '2024-01-18', '2024-01-18'],
  ['RFC 2822', 'Tue, 19 Nov 2019 14:03:00 GMT', '2019-11-19T14:03:00Z'],
  ['month day year with EST', 'Nov. 19, 2019 10:30 a.m. EST', '2019-11-19T10:30:00-05:00'],
  ['month day year with pm and ambiguous ET', 'November 19, 2019 at 4:05 pm ET', '2019-11-19'],
  ['day month year', 'Published 19 November 2019', '2019-11-19'],
  ['KST', 'Jan 18, 2024 09:00 KST', '2024-01-18T09:00:00+09:00'],
  ['slashed', '2019/11/19', '2019-11-19'],
  ['dotted with time but no zone', '2018.10.05 14:23', '2018-10-05'],
  ['Korean label makes the time Korea time', '입력 2018.10.05 14:23', '2018-10-05T14:23:00+09:00'],
  ['Korean label before an ISO-like time', '기사입력 :[ 2018-09-28 17:32 ]', '2018-09-28T17:32:00+09:00'],
  ['Korean label, day only', '입력 2018.10.05', '2018-10-05'],
  ['Korean year-month-day', '2018년 10월 5일', '2018-10-05'],
  ['Korean year-month-day, afternoon', '2018년 10월 5일 오후 2:23', '2018-10-05T14:23:00+09:00'],
  ['printed offset wins over a Korean label', '입력 2018-10-05T14:23:00+00:00', '2018-10-05T14:23:00+00:00'],
];

for (const [label, raw, expected] of cases) {
  test(`normalizeDate: ${label}`, () => assert.equal(normalizeDate(raw), expected));
}

const negativeCases: [label: string, raw: string][] = [
  ['no date', 'Updated yesterday'],
  ['impossible month', '2019-13-01'],
  ['not a month name', 'Foo 19, 2019'],
  ['empty', ''],
  ['year out of range', '1850-01-01'],
  ['Korean date with an impossible day', '2018년 2월 31일'],
  ['a version number is no date', 'version 2.10.5'],
];

for (const [label, raw] of negativeCases) {
  test(`normalizeDate negative: ${label}`, () => assert.equal(normalizeDate(raw), null));
}

const urlCases: [label: string, url: string | null, expected: string | null][] = [
  ['slashes', 'https://www.nytimes.com/2019/11/19/opinion/x.html', '2019-11-19'],
  ['dashes', 'https://example.com/news/2024-01-18/story', '2024-01-18'],
  ['month only gives nothing', 'https://example.com/2018/10/story.html', null],
  ['no date', 'https://example.com/story', null],
  ['not a URL', 'not a url', null],
  ['null', null, null],
];

for (const [label, url, expected] of urlCases) {
  test(`dateFromUrl: ${label}`, () => assert.equal(dateFromUrl(url), expected));
}
