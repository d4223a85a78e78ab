import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../../core/document.js';
import type { ActorMention } from './actors.js';
import { absorbTitles } from './titles.js';

/** Mentions of each name's first occurrence in `text`. */
function mentions(text: string, names: string[]): ActorMention[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, name);
    const actor: Actor = { name, code: name.slice(0, 3).toUpperCase(), sector: null, role: null };
    return { start, end: start + name.length, actor };
  });
}

const left = (text: string, names: string[]) =>
  absorbTitles(text, mentions(text, names)).map((m) => text.slice(m.start, m.end));

test("a country in a person's title folds into the person", () => {
  const text = 'with US Senior Official for North Korea Jung Pak';
  assert.deepEqual(left(text, ['US', 'North Korea', 'Jung Pak']), ['Jung Pak']);
  const appositive = 'between Choe Son Hui, foreign minister of the DPRK, and Sergei Lavrov';
  assert.deepEqual(left(appositive, ['Choe Son Hui', 'DPRK', 'Sergei Lavrov']), [
    'Choe Son Hui',
    'Sergei Lavrov',
  ]);
});

test('a bracketed abbreviation is part of the title', () => {
  const text = 'spoke with Republic of Korea (ROK) First Vice Foreign Minister Choi Jong Kun';
  assert.deepEqual(left(text, ['Republic of Korea', 'ROK', 'Choi Jong Kun']), ['Choi Jong Kun']);
});

test('a title does not reach back past the person named before it', () => {
  const text =
    'met with Japanese Foreign Minister Hayashi Yoshimasa and Republic of Korea Foreign Minister Park Jin';
  const names = ['Japanese', 'Hayashi Yoshimasa', 'Republic of Korea', 'Park Jin'];
  assert.deepEqual(left(text, names), ['Hayashi Yoshimasa', 'Park Jin']);
});
