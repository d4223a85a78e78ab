import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectingContext } from '../../core/stage.js';
import { sentencesStage, splitSentences, tokenize } from './index.js';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
const tokensOf = (text: string): string[] => tokenize(text).spans.map((t) => text.slice(t.start, t.end));

const SENTENCE_CASES: { label: string; text: string; expected: string[] }[] = [
  {
    label: 'initial before a demonym',
    text: 'S. Korean troops fired warning shots. The North did not respond.',
    expected: ['S. Korean troops fired warning shots.', 'The North did not respond.'],
  },
  {
    label: 'stacked military titles',
    text: 'Lt. Gen. Kang Shin-chul spoke. He left.',
    expected: ['Lt. Gen. Kang Shin-chul spoke.', 'He left.'],
  },
  {
    label: 'dotted country abbreviation ends a sentence before an opener',
    text: 'Seoul protested to the U.S. The talks stalled.',
    expected: ['Seoul protested to the U.S.', 'The talks stalled.'],
  },
  {
    label: 'time abbreviation ends a sentence before an opener',
    text: 'The missile flew at 7 a.m. It fell into the sea.',
    expected: ['The missile flew at 7 a.m.', 'It fell into the sea.'],
  },
  {
    label: 'quotation spanning two sentences keeps its closing quote',
    text: 'He said, "We will respond. They will regret it." Then he left.',
    expected: ['He said, "We will respond.', 'They will regret it."', 'Then he left.'],
  },
  {
    label: 'quote opening the next sentence',
    text: 'It was over. "We won," he said.',
    expected: ['It was over.', '"We won," he said.'],
  },
  {
    label: 'company suffix ends a sentence before an opener',
    text: 'He joined Samsung Electronics Co. The firm grew.',
    expected: ['He joined Samsung Electronics Co.', 'The firm grew.'],
  },
  {
    label: 'paragraph break ends a sentence without a period',
    text: 'Pyongyang fires missile\n\nSEOUL, Jan. 6 (Yonhap) -- North Korea fired a missile.',
    expected: ['Pyongyang fires missile', 'SEOUL, Jan. 6 (Yonhap) -- North Korea fired a missile.'],
  },
  {
    label: 'exclamation and ellipsis',
    text: 'Fire! The guns... They stopped.',
    expected: ['Fire!', 'The guns...', 'They stopped.'],
  },
];

for (const c of SENTENCE_CASES) {
  test(`sentences: ${c.label}`, () => assert.deepEqual(sentencesOf(c.text), c.expected));
}

const TOKEN_CASES: { label: string; text: string; expected: string[] }[] = [
  { label: 'hyphenated Korean name stays whole', text: 'Choe Son-hui', expected: ['Choe', 'Son-hui'] },
  { label: 'possessive clitic splits', text: "Korea's", expected: ['Korea', "'s"] },
  { label: 'negation clitic splits', text: "won't", expected: ['wo', "n't"] },
  { label: 'dotted abbreviation', text: 'U.S. forces', expected: ['U.S.', 'forces'] },
  { label: 'number ordinal abbreviation', text: 'No. 2', expected: ['No.', '2'] },
  { label: 'numbers keep separators', text: '1,200.5 km', expected: ['1,200.5', 'km'] },
  { label: 'sentence period splits from word', text: 'fired.', expected: ['fired', '.'] },
  {
    label: 'url trailing period',
    text: 'see https://kcna.kp/en.',
    expected: ['see', 'https://kcna.kp/en', '.'],
  },
  // Where the plain-word shortcut hands over to the regex: a word that goes on past ASCII, an initial.
  { label: 'word with a diacritic', text: 'Café Gutérres', expected: ['Café', 'Gutérres'] },
  { label: 'curly apostrophe clitic', text: 'Korea’s', expected: ['Korea', '’s'] },
  { label: 'initial keeps its period', text: 'John F. Kennedy', expected: ['John', 'F.', 'Kennedy'] },
  { label: 'word then ampersand', text: 'AT&T', expected: ['AT', '&', 'T'] },
  { label: 'no-break space', text: 'Kim\u00a0Jong', expected: ['Kim', 'Jong'] },
  { label: 'word starting like a URL', text: 'http httpx', expected: ['http', 'httpx'] },
];

for (const c of TOKEN_CASES) {
  test(`tokens: ${c.label}`, () => assert.deepEqual(tokensOf(c.text), c.expected));
}

test('stage: spans index into the input text', async () => {
  const text = 'Kim met Putin. They signed.';
  const out = await sentencesStage.run({ text }, collectingContext({ now: new Date(0) }));
  assert.equal(out.sentences.length, 2);
  const second = out.sentences[1];
  assert.ok(second);
  assert.deepEqual(
    second.tokens.map((t) => text.slice(t.start, t.end)),
    ['They', 'signed', '.'],
  );
});
