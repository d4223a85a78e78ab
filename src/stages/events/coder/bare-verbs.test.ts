// Bare present forms in statements: "We strongly condemn …", "North Korea vehemently denounce …".
// The bare form reads as a verb after a first-person subject or a manner adverb, still not after a noun
// marker ("a lovely supper", "the attack").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../sentences/index.js';
import { loadVerbLexicon } from '../dictionary/lexicon.js';
import { findVerbs } from './clauses.js';

function verbs(sentence: string): string[] {
  const words = splitSentences(sentence)
    .flatMap((s) => s.tokens)
    .map((t) => sentence.slice(t.start, t.end).toLowerCase());
  return findVerbs(loadVerbLexicon(), words).map((h) => words.slice(h.index, h.index + h.length).join(' '));
}

const CASES: { label: string; text: string; verb: string }[] = [
  { label: 'after "we"', text: 'We condemn the launch.', verb: 'condemn' },
  { label: 'after "I"', text: 'I denounce the remarks.', verb: 'denounce' },
  { label: 'after a manner adverb', text: 'Ministers strongly condemn the launch.', verb: 'condemn' },
];

const NEGATIVE_CASES: { label: string; text: string; notVerb: string }[] = [
  { label: 'a noun after an article', text: 'The attack was reported.', notVerb: 'attack' },
  { label: 'a noun after a possessive', text: 'Its visit was short.', notVerb: 'visit' },
  { label: 'a noun after a number', text: 'Two attacks were reported.', notVerb: 'attacks' },
];

for (const c of CASES) {
  test(`bare verb: ${c.label}`, () => assert.ok(verbs(c.text).includes(c.verb), verbs(c.text).join(',')));
}
for (const c of NEGATIVE_CASES) {
  test(`bare verb, not a verb: ${c.label}`, () => assert.ok(!verbs(c.text).includes(c.notVerb)));
}
