import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../../core/document.js';
import { splitSentences } from '../../sentences/index.js';
import { gazetteerActors } from '../coder/actors.js';
import { firstPersonMentions, statementSpeaker } from './speaker.js';

const codes = (actors: readonly Actor[]): string => actors.map((a) => a.code).join('+');

function speakerOf(text: string): string {
  const sentences = splitSentences(text);
  const mentions = gazetteerActors(text)({ start: 0, end: text.length });
  return codes(statementSpeaker(text, sentences, mentions));
}

const CASES: { label: string; text: string; speaker: string }[] = [
  {
    label: 'KCNA: a named official releases the following press statement',
    text: 'North Korean Foreign Minister Choe released the following press statement on May 30:\nI express contempt for it.',
    speaker: 'PRK',
  },
  {
    label: 'KCNA: a spokesman answered a question',
    text: 'A spokesman for the Foreign Ministry of North Korea answered a question raised by a reporter.\nWe reject it.',
    speaker: 'PRK',
  },
  {
    label: 'State Department: a statement released by several governments',
    text: 'The text of the following statement was released by the foreign ministers of Canada, France and Japan.\nBegin Text:\nWe condemn the launch.',
    speaker: 'CAN+FRA+JPN',
  },
];

const NEGATIVE_CASES: { label: string; text: string }[] = [
  {
    label: 'a news article that quotes a statement further down',
    text: 'Seoul and Washington met on Thursday.\nThey talked.\nThe envoys agreed.\n"We will respond," South Korea said in a statement.',
  },
  {
    label: 'a statement lead with no coded speaker',
    text: 'Someone released the following statement:\nWe reject it.',
  },
];

for (const c of CASES) {
  test(`statement speaker: ${c.label}`, () => assert.equal(speakerOf(c.text), c.speaker));
}
for (const c of NEGATIVE_CASES) {
  test(`statement speaker, none: ${c.label}`, () => assert.equal(speakerOf(c.text), ''));
}

const PRK: Actor = { name: 'North Korea', code: 'PRK', sector: null, role: null };

const PRONOUNS: { label: string; text: string; words: string[] }[] = [
  {
    label: 'I, we, our and us after the lead',
    text: 'Lead.\nI say we and our friends told us.',
    words: ['I', 'we', 'our', 'us'],
  },
  { label: 'not inside quotation marks', text: 'Lead.\nWe said "we are ready" then.', words: ['We'] },
  {
    label: 'not the lead itself, nor a roman numeral I in lower case',
    text: 'We lead.\nPart i ends.',
    words: [],
  },
];

for (const c of PRONOUNS) {
  test(`first-person mentions: ${c.label}`, () => {
    const found = firstPersonMentions(c.text, splitSentences(c.text), [PRK]);
    assert.deepEqual(
      found.map((m) => c.text.slice(m.start, m.end)),
      c.words,
    );
  });
}

test('first-person mentions: none without a speaker', () => {
  const text = 'Lead.\nWe condemn it.';
  assert.deepEqual(firstPersonMentions(text, splitSentences(text), []), []);
});
