import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../src/core/document.js';
import { isHeldOut, readGsr, scoreWithReference } from './gsr.js';

const event = (type: string, actor: string, recipient: string | null): Event => ({
  type,
  mode: null,
  context: [],
  actor: [{ name: actor, code: actor, sector: null, role: null }],
  recipient: recipient ? [{ name: recipient, code: recipient, sector: null, role: null }] : [],
  date: null,
  place: null,
  status: 'occurred',
  historical: false,
  evidence: { text: '', start: 0, end: 0 },
  quote: null,
  confidence: 1,
});

test('GSR records: 322 coded sentences, about a third held out', () => {
  const all = readGsr();
  assert.equal(all.length, 322);
  const held = all.filter((r) => isHeldOut(r.id)).length;
  assert.ok(held > 80 && held < 135, `held out ${held}`);
});

test('the reference scorer reads our predictions: right, wrong type, wrong actor', () => {
  const [first, second, third] = readGsr().filter((r) => Array.isArray(r.source) && r.source.length > 0);
  assert.ok(first && second && third);
  const right = (r: typeof first): Event => {
    const target = Array.isArray(r.target) ? (r.target[0]?.code ?? null) : null;
    const type = r.event === 'DEMAND' ? 'REQUEST' : r.event === 'FIGHT' ? 'ASSAULT' : r.event;
    const source = Array.isArray(r.source) ? (r.source[0]?.code ?? '') : '';
    return event(type, source, target);
  };
  const predictions = new Map<string, Event[]>([
    [first.id, [right(first)]],
    [second.id, [{ ...right(second), type: 'NOT-A-TYPE' }]],
    [third.id, [{ ...right(third), actor: [] }]],
  ]);
  const score = scoreWithReference([first, second, third], predictions);
  assert.equal(score.n, 3);
  assert.equal(score.r.toFixed(3), (1 / 3).toFixed(3));
  assert.equal(score.p.toFixed(3), (1 / 3).toFixed(3));
});
