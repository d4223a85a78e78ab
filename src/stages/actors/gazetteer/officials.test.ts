// The hand-kept officials table (data/actors/officials.tsv) must stay well-formed as it grows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../../core/paths.js';
import { endOf, isPartialDate, startOf } from './dates.js';

const CODES = new Set(['KOR', 'PRK', 'USA', 'JPN', 'RUS', 'CHN', 'UNO']);
const SECTORS = new Set(['', 'GOV', 'MIL', 'PTY', 'LEG', 'SPY']);
const lines = readFileSync(join(dataDir(), 'actors', 'officials.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean);

test('every officials row has nine cells, a known code and sector, ordered dates and a URL', () => {
  assert.ok(lines.length > 100, 'the table is not empty');
  for (const line of lines) {
    const [name = '', , code = '', sector = '', role = '', from = '', to = '', url = '', ...rest] =
      line.split('\t');
    assert.equal(rest.length, 1, `${name}: nine cells`);
    assert.ok(CODES.has(code), `${name}: code ${code}`);
    assert.ok(SECTORS.has(sector), `${name}: sector ${sector}`);
    assert.ok(role !== '', `${name}: role`);
    assert.ok(isPartialDate(from), `${name}: from ${from}`);
    assert.ok(to === '' || (isPartialDate(to) && startOf(from) <= endOf(to)), `${name}: to ${to}`);
    assert.match(url, /^https:\/\//, `${name}: source URL`);
  }
});

test('no person holds the same role twice at once', () => {
  const rows = lines.map((l) => l.split('\t'));
  for (const [i, a] of rows.entries()) {
    for (const b of rows.slice(i + 1)) {
      if (a[0] !== b[0] || a[4] !== b[4]) continue;
      const overlap =
        startOf(a[5] ?? '') < endOf(b[6] || '9999') && startOf(b[5] ?? '') < endOf(a[6] || '9999');
      assert.ok(!overlap, `${a[0]} as ${a[4]}`);
    }
  }
});
