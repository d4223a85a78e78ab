import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventAt } from '../../../core/event-fixture.js';
import type { CodedEvent } from '../coder/code-sentence.js';
import { loadVerbLexicon } from '../dictionary/lexicon.js';
import { dropPurposeInfinitives } from './purpose-infinitive.js';

/** An event whose verb is the word `verb` in `text`. */
function at(text: string, verb: string): CodedEvent {
  const start = text.indexOf(verb);
  const span = { start, end: start + verb.length };
  return {
    event: eventAt(text, verb, { type: 'SUPPORT', confidence: 0.7 }),
    cameo: null,
    ruleId: 'events/test',
    subMode: null,
    verb: span,
  };
}

const kept = (text: string, verb: string): boolean =>
  dropPurposeInfinitives(text, [at(text, verb)], loadVerbLexicon()).length === 1;

const CASES: { label: string; text: string; verb: string }[] = [
  { label: 'a verb governs its infinitive', text: 'Moscow seeks to boost relations.', verb: 'boost' },
  { label: 'an adjective of readiness', text: 'We remain ready to assist them.', verb: 'assist' },
  { label: 'a finite verb', text: 'Japan supports the plan.', verb: 'supports' },
];

const NEGATIVE_CASES: { label: string; text: string; verb: string }[] = [
  { label: 'weapons to support', text: 'Russia procured weapons to support its invasion.', verb: 'support' },
  {
    label: 'efforts to support, with an adverb',
    text: 'They discussed efforts to fully support Ukraine.',
    verb: 'support',
  },
];

for (const c of CASES) test(`purpose infinitive, kept: ${c.label}`, () => assert.ok(kept(c.text, c.verb)));
for (const c of NEGATIVE_CASES)
  test(`purpose infinitive, dropped: ${c.label}`, () => assert.ok(!kept(c.text, c.verb)));
