/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { circularLayout, edgeOffsets, groupedOrder, shortName } from './network-graph.js';

const node = (id: string, kind: 'country' | 'person', code: string | null, count: number) => ({
  id,
  kind,
  code,
  count,
});

test('people sit after their country on the circle; people of undrawn countries come last', () => {
  const order = groupedOrder([
    node('PRK', 'country', 'PRK', 10),
    node('USA', 'country', 'USA', 8),
    node('USA/Antony J. Blinken', 'person', 'USA', 5),
    node('PRK/Kim Jong-un', 'person', 'PRK', 3),
    node('PRK/Choe Son-hui', 'person', 'PRK', 4),
    node('RUS/Vladimir Putin', 'person', 'RUS', 6),
    node('/Someone', 'person', null, 1),
  ]).map((n) => n.id);
  assert.deepEqual(order, [
    'PRK',
    'PRK/Choe Son-hui',
    'PRK/Kim Jong-un',
    'USA',
    'USA/Antony J. Blinken',
    'RUS/Vladimir Putin',
    '/Someone',
  ]);
});

test('short names: whole when they fit, else the last word, cut with an ellipsis past the limit', () => {
  const cases: Array<[string, string]> = [
    ['Kim Jong-un', 'Kim Jong-un'],
    ['Antony J. Blinken', 'Blinken'],
    ['Funakoshi Takehiro', 'Takehiro'],
    ['Aaaaaaaaaaaaaaaaaaaa', 'Aaaaaaaaaaaaa…'],
  ];
  for (const [name, expected] of cases) assert.equal(shortName(name), expected, name);
});

test('circular layout is deterministic: first node at twelve o’clock, then clockwise', () => {
  const nodes = [
    { id: 'A', count: 3 },
    { id: 'B', count: 2 },
    { id: 'C', count: 1 },
    { id: 'D', count: 1 },
  ];
  const at = circularLayout(nodes, 100, 100, 50);
  const round = (p?: { x: number; y: number }) => p && [Math.round(p.x), Math.round(p.y)];
  assert.deepEqual(round(at.get('A')), [100, 50]);
  assert.deepEqual(round(at.get('B')), [150, 100]);
  assert.deepEqual(round(at.get('C')), [100, 150]);
  assert.deepEqual(circularLayout(nodes, 100, 100, 50), at, 'same input, same picture');
  assert.deepEqual(
    round(circularLayout([{ id: 'A', count: 1 }], 100, 100, 50).get('A')),
    [100, 100],
    'alone: centre',
  );
});

test('parallel edges between one pair bow apart; other pairs start straight', () => {
  const e = (source: string, target: string, type: string) => ({ source, target, type, count: 1 });
  const offsets = edgeOffsets([e('A', 'B', 'X'), e('B', 'A', 'Y'), e('A', 'B', 'Z'), e('A', 'C', 'X')]);
  assert.deepEqual(offsets, [-0, 1, -1, -0]);
});
