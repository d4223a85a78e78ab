import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../../core/document.js';
import { splitSentences } from '../../sentences/index.js';
import { splitGluedTokens } from './glued-tokens.js';

const person = (text: string, name: string): Entity => {
  const start = text.indexOf(name);
  return { name, type: 'PERSON', actor: null, role: null, mentions: [{ start, end: start + name.length }] };
};

test('a token a mention ends or starts inside is split there', () => {
  const text = 'Kim Jong Unexpressed deep thanks. ComradeKim Jong Un left. Nothing here.';
  const entities = [
    person(text, 'Kim Jong Un'),
    { ...person(text, 'Kim Jong Un'), mentions: [{ start: 41, end: 52 }] },
  ];
  const words = splitGluedTokens(text, splitSentences(text), entities).map((s) =>
    s.tokens.map((t) => text.slice(t.start, t.end)).join('|'),
  );
  assert.deepEqual(words, [
    'Kim|Jong|Un|expressed|deep|thanks|.',
    'Comrade|Kim|Jong|Un|left|.',
    'Nothing|here|.',
  ]);
});
