import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, type EntitySpec } from './test-helpers.js';

/** Texts with no quotation, or whose quotation has no speaker the text names. */
const noQuotes: [label: string, text: string][] = [
  ['scare quotes of one or two words', 'They called it "sincere presents" and a "provocation".'],
  ['a title in single quotes', "Envoys vow to 'resolutely' counter the arms trade."],
  ['inch marks inside a word are no quote', 'A 12" gun and a 6" gun were seen.'],
];
for (const [label, text] of noQuotes) {
  test(`quotes negative: ${label}`, () => assert.deepEqual(quotesOf(text, []).quotes, []));
}

const noSpeaker: [label: string, text: string, entities: EntitySpec[]][] = [
  [
    'words after a partial quote without a handover comma are not an attribution',
    'Moscow seeks to "boost relations in all areas" when asked about Choe\'s trip.',
    [['Choe', 'PERSON', 'PRK']],
  ],
  [
    'a quote opening a paragraph after one with no speaker',
    'The envoys met on Thursday.\n\n"This is a quoted sentence of nobody."',
    [],
  ],
  [
    'a verb that reports no speech',
    'Kim and Pak recognized the "illicit military cooperation between them".',
    [['Kim', 'PERSON', 'KOR']],
  ],
];
for (const [label, text, entities] of noSpeaker) {
  test(`quotes negative: ${label}`, () => {
    const quotes = quotesOf(text, entities).quotes;
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]?.speaker, null);
  });
}
