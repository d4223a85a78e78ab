import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../../core/document.js';
import { groupMentions, type ActorMention } from './actors.js';

/** Mentions of each name's first occurrence in `text`, coded by the name's position. */
function mentions(text: string, names: string[]): ActorMention[] {
  return names.map((name, i) => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, name);
    const actor: Actor = { name, code: `C${i}`, sector: null, role: null };
    return { start, end: start + name.length, actor };
  });
}

const sizes = (text: string, names: string[]) =>
  groupMentions(text, mentions(text, names)).map((g) => g.length);

test('a lowercase appositive between a name and "and" joins the next conjunct', () => {
  const text =
    'talks between Yun Jong Ho, minister of External Economic Relations of the DPRK, and Roman Chekushov';
  assert.deepEqual(sizes(text, ['Yun Jong Ho', 'Roman Chekushov']), [2]);
  assert.deepEqual(sizes('Kim and Pak met', ['Kim', 'Pak']), [2]);
});

test('a bare "the" between two names does not join them', () => {
  const text = "Kim discussed with Funakoshi and Noh the DPRK's launch";
  assert.deepEqual(sizes(text, ['Funakoshi', 'Noh', 'DPRK']), [2, 1]);
  assert.deepEqual(sizes('Japan, the US and Korea', ['Japan', 'US', 'Korea']), [3]);
});

test('a relative clause or a sentence break does not', () => {
  const relative = 'Russia, which supplies oil to the region, and China signed';
  assert.deepEqual(sizes(relative, ['Russia', 'China']), [1, 1]);
  assert.deepEqual(sizes('Kim, a minister. then, and Pak left', ['Kim', 'Pak']), [1, 1]);
});
