/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventSummary } from '../api.js';
import { buildGraph, circularLayout, edgeOffsets } from './network-graph.js';
import { summary } from './__fixtures__/events.js';

const side = (role: 'actor' | 'recipient', ...codes: string[]): EventSummary['actors'] =>
  codes.map((code) => ({ role, code, sector: null }));
const ev = (id: string, type: string, actors: string[], recipients: string[]) =>
  summary(id, { type, actors: [...side('actor', ...actors), ...side('recipient', ...recipients)] });

test('edges are actor → recipient per type, counted; nodes count events on either side', () => {
  const graph = buildGraph([
    ev('1', 'CONSULT', ['PRK'], ['RUS']),
    ev('2', 'CONSULT', ['PRK'], ['RUS']),
    ev('3', 'ASSAULT', ['PRK'], ['KOR']),
    ev('4', 'ACCUSE', ['KOR', 'USA'], ['PRK']),
  ]);
  assert.deepEqual(graph.nodes, [
    { id: 'PRK', count: 4 },
    { id: 'KOR', count: 2 },
    { id: 'RUS', count: 2 },
    { id: 'USA', count: 1 },
  ]);
  assert.deepEqual(graph.edges, [
    { source: 'PRK', target: 'RUS', type: 'CONSULT', count: 2 },
    { source: 'KOR', target: 'PRK', type: 'ACCUSE', count: 1 },
    { source: 'PRK', target: 'KOR', type: 'ASSAULT', count: 1 },
    { source: 'USA', target: 'PRK', type: 'ACCUSE', count: 1 },
  ]);
});

test('negative cases: no self-loops, no edge without both sides, repeated codes count once', () => {
  const cases: Array<[string, EventSummary, number, number]> = [
    ['domestic order PRK → PRK', ev('1', 'MOBILIZE', ['PRK'], ['PRK']), 1, 0],
    ['actor only', ev('2', 'MOBILIZE', ['PRK'], []), 1, 0],
    ['no actors', ev('3', 'MOBILIZE', [], []), 0, 0],
    ['same code twice (two sectors)', ev('4', 'THREATEN', ['PRK', 'PRK'], ['USA']), 2, 1],
  ];
  for (const [label, event, nodes, edges] of cases) {
    const graph = buildGraph([event]);
    assert.equal(graph.nodes.length, nodes, `${label}: nodes`);
    assert.equal(graph.edges.length, edges, `${label}: edges`);
    assert.ok(
      graph.edges.every((e) => e.count === 1),
      `${label}: counted once`,
    );
  }
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
