import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeUrl } from './url.js';
import { eventKey, isSameEvent } from './event-match.js';
import { isNearDuplicate } from './shingles.js';
import { contentHash } from './content-hash.js';
import type { Event } from '../../core/document.js';

test('normalizeUrl: not a web address gives null', () => {
  for (const input of ['', 'not a url', 'ftp://example.com/a', 'mailto:a@b.c', 'file:///tmp/a.html', null]) {
    assert.equal(normalizeUrl(input), null, String(input));
  }
});

test('normalizeUrl: content-selecting params and paths are kept apart', () => {
  const pairs: Array<[string, string]> = [
    ['https://example.com/view.php?ud=1', 'https://example.com/view.php?ud=2'],
    ['https://example.com/a', 'https://example.com/A'],
    ['https://example.com/a', 'https://news.example.com/a'],
  ];
  for (const [a, b] of pairs) assert.notEqual(normalizeUrl(a), normalizeUrl(b), `${a} vs ${b}`);
});

test('contentHash: different wording hashes differently', () => {
  assert.notEqual(
    contentHash('North Korea fired a missile.'),
    contentHash('North Korea fired two missiles.'),
  );
});

test('isNearDuplicate: same topic, different story is not a near duplicate', () => {
  const a =
    'North Korea fired a ballistic missile into the East Sea on Sunday, the Joint Chiefs of Staff said.';
  const b = 'South Korea and the United States began joint drills on Monday, the defense ministry said.';
  assert.equal(isNearDuplicate(a, b), false);
  assert.equal(isNearDuplicate('', ''), false);
});

const base: Pick<Event, 'type' | 'actor' | 'recipient' | 'date' | 'place'> = {
  type: 'CONSULT',
  actor: [{ name: 'United States', code: 'USA', sector: null, role: null }],
  recipient: [{ name: 'South Korea', code: 'KOR', sector: null, role: null }],
  date: { start: '2024-01-16', end: '2024-01-16', text: '', precision: 'day', anchor: null },
  place: null,
};

const notSame: Array<{ label: string; other: Partial<typeof base> }> = [
  { label: 'other type', other: { type: 'AGREE' } },
  {
    label: 'dates two days apart',
    other: { date: { ...base.date!, start: '2024-01-18', end: '2024-01-18' } },
  },
  { label: 'undated report', other: { date: null } },
  { label: 'other actor', other: { actor: [{ name: 'Japan', code: 'JPN', sector: null, role: null }] } },
  {
    label: 'other recipient',
    other: { recipient: [{ name: 'Japan', code: 'JPN', sector: null, role: null }] },
  },
  {
    label: 'place in another country',
    other: { place: { name: 'Tokyo', code: 'JPN', lat: null, lon: null, geonameid: 1850147 } },
  },
];

for (const { label, other } of notSame) {
  test(`isSameEvent negative: ${label}`, () => {
    const withPlace = {
      ...base,
      place: { name: 'Seoul', code: 'KOR', lat: null, lon: null, geonameid: 1835848 },
    };
    assert.equal(isSameEvent(eventKey(withPlace), eventKey({ ...withPlace, ...other })), false);
  });
}
