import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../../core/document.js';
import { eventAt } from '../../core/event-fixture.js';
import { splitSentences } from '../sentences/index.js';
import { channelIn, resolveQuotes } from './index.js';
import { quotesOf, type EntitySpec } from './test-helpers.js';

interface Case {
  label: string;
  text: string;
  entities: EntitySpec[];
  /** Per quote: its first words, the speaker's name (or null) and the channel. */
  quotes: [start: string, speaker: string | null, channel: string | null][];
}

const cases: Case[] = [
  {
    label: 'quote, then body said in a statement; next paragraph continues',
    text: '"Both sides agreed to respond firmly," South Korea\'s Foreign Ministry said in a Korean-language statement.\n\n"In this context, both sides shared assessments."',
    entities: [
      ['South Korea', 'GPE', 'KOR'],
      ['Foreign Ministry', 'ORG', 'KOR'],
    ],
    quotes: [
      ['Both sides agreed to respond firmly', 'Foreign Ministry', 'Korean-language statement'],
      ['In this context, both sides', 'Foreign Ministry', 'Korean-language statement'],
    ],
  },
  {
    label: 'partial quote after said: the subject, not a name later in the sentence',
    text: 'Kremlin Spokesman Dmitry Peskov on Wednesday said Moscow seeks to "boost relations in all areas" when asked about Choe\'s trip.',
    entities: [
      ['Kremlin', 'ORG', 'RUS'],
      ['Dmitry Peskov', 'PERSON', 'RUS'],
      ['Moscow', 'GPE', 'RUS'],
      ['Choe', 'PERSON', 'PRK'],
    ],
    quotes: [['boost relations in all areas', 'Dmitry Peskov', null]],
  },
  {
    label: 'body without a code takes the country after "in"',
    text: '"Both sides commit to protect peace," the Foreign Ministry in Seoul said.',
    entities: [
      ['Foreign Ministry', 'ORG', null],
      ['Seoul', 'GPE', 'KOR'],
    ],
    quotes: [['Both sides commit to protect peace', 'Foreign Ministry', null]],
  },
  {
    label: 'said X after the quote, told reporters',
    text: '"We will not accept this," said John Kirby, who told reporters at the White House.',
    entities: [['John Kirby', 'PERSON', 'USA']],
    quotes: [['We will not accept this', 'John Kirby', 'remarks to reporters']],
  },
  {
    label: 'multi-paragraph quote: open paragraph, re-opened next',
    text: 'The minister said:\n\n"The first part of it goes here.\n\n"And the second part ends here."\n\nOther news followed.',
    entities: [['Park Jin', 'PERSON', 'KOR']],
    quotes: [['The first part of it goes here.\n\nAnd the second part ends here.', null, null]],
  },
  {
    label: 'possessor of a declaration is the speaker',
    text: 'They noted that it came after leader Kim Jong-un\'s public declaration of "hostile relations between the two countries" last month.',
    entities: [['Kim Jong-un', 'PERSON', 'PRK']],
    quotes: [['hostile relations between the two countries', 'Kim Jong-un', null]],
  },
  {
    label: "statement printed in full: title quote and the author's voice",
    text: 'Pyongyang, May 29 (KCNA) -- Kim Yo Jong issued the following press statement under the title "The ROK is not entitled to criticize us":\nWe have tried something.\nToday, I will get the following stand into shape:\n"As the leaflets belong to our freedom, there is a limit."',
    entities: [['Kim Yo Jong', 'PERSON', 'PRK']],
    quotes: [
      ['The ROK is not entitled to criticize us', 'Kim Yo Jong', 'press statement'],
      ['As the leaflets belong to our freedom', 'Kim Yo Jong', 'press statement'],
    ],
  },
  {
    label: 'according to, curly quotes',
    text: "The talks were “frank and very useful for both,” according to Japan's Foreign Ministry.",
    entities: [
      ['Japan', 'GPE', 'JPN'],
      ['Foreign Ministry', 'ORG', 'JPN'],
    ],
    quotes: [['frank and very useful for both', 'Foreign Ministry', null]],
  },
];

for (const c of cases) {
  test(`quotes: ${c.label}`, () => {
    const out = quotesOf(c.text, c.entities);
    const got = out.quotes.map((q) => [
      q.text.slice(0, c.quotes.map((x) => x[0])[out.quotes.indexOf(q)]?.length ?? 0),
      q.speaker?.name ?? null,
      q.channel,
    ]);
    assert.deepEqual(got, c.quotes);
  });
}

test('quotes: spans point at the quoted words', () => {
  const text = 'He said "we will respond to this" today.';
  const [q] = quotesOf(text, []).quotes;
  assert.equal(text.slice(q?.start, q?.end), 'we will respond to this');
});

test('quotes: an event whose evidence overlaps a quote links to it; others stay null', () => {
  const text = 'Peskov said Moscow seeks to "boost relations in all areas." Separately, troops moved.';
  const events: Event[] = [
    eventAt(text, 'Moscow seeks to "boost relations', { type: 'COOPERATE' }),
    eventAt(text, 'troops moved', { type: 'MOBILIZE' }),
  ];
  const out = resolveQuotes({ text, sentences: splitSentences(text), entities: [], events });
  assert.deepEqual(
    out.events.map((e) => e.quote),
    [0, null],
  );
});

const channels: [label: string, words: string, channel: string | null][] = [
  ['press release', 'the ministry said in a press release', 'press release'],
  ['interview', 'he said in an interview with CNN', 'interview with CNN'],
  ['X', 'she wrote on X on Monday', 'X (Twitter)'],
  ['none', 'the ministry said', null],
];
for (const [label, words, channel] of channels) {
  test(`quotes channel: ${label}`, () => assert.equal(channelIn(words), channel));
}
