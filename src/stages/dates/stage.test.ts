import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor, Event } from '../../core/document.js';
import { collectingContext } from '../../core/stage.js';
import { datesGiven } from './dates-fixture.js';
import { datesStage, type DatesInput } from './index.js';

const KOR: Actor = { name: 'Kim', code: 'KOR', sector: 'GOV', role: null };
const JPN: Actor = { name: 'Namazu', code: 'JPN', sector: 'GOV', role: null };

/** An event whose evidence is `phrase`'s first occurrence in `text`. */
function event(text: string, phrase: string, actor: Actor[] = [KOR], status = 'occurred'): Event {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  return {
    type: 'CONSULT',
    mode: null,
    context: [],
    actor,
    recipient: [],
    date: null,
    place: null,
    status,
    historical: false,
    evidence: { text: phrase, start, end: start + phrase.length },
    quote: null,
    confidence: 0.5,
  };
}

function input(
  text: string,
  phrases: [string, Actor[]?, (string | undefined)?][],
  publishedAt: string | null = '2024-01-18',
): DatesInput {
  return {
    text,
    publishedAt,
    dateline: null,
    language: 'en',
    url: null,
    events: phrases.map(([p, a, s]) => event(text, p, a, s)),
  };
}

const TEXT = [
  'The envoys on Thursday pledged to counter the cooperation.',
  'They met in Seoul, two days after a publicly disclosed meeting between Putin and Choe.',
  'During the meeting, they also condemned the North.',
  'In early January, the North fired shells over three consecutive days.',
  'Kim also met his Japanese counterpart on Wednesday afternoon.',
  'Seoul and Tokyo also concurred on humanitarian issues.',
  'Officials will meet again on Monday.',
].join(' ');

const EXPECTED: {
  label: string;
  phrase: string;
  actors?: Actor[];
  status?: string;
  date: [string, string, string | null];
}[] = [
  { label: 'weekday in the lead', phrase: 'pledged', date: ['2024-01-18', '2024-01-18', 'publishedAt'] },
  {
    label: 'lead event without a date',
    phrase: 'met in Seoul',
    date: ['2024-01-18', '2024-01-18', 'event:0'],
  },
  {
    label: 'two days before a dated event',
    phrase: 'a publicly disclosed meeting',
    date: ['2024-01-16', '2024-01-16', 'event:1'],
  },
  { label: 'during the meeting', phrase: 'condemned', date: ['2024-01-18', '2024-01-18', 'event:0'] },
  {
    label: 'early month range',
    phrase: 'fired shells',
    actors: [],
    date: ['2024-01-01', '2024-01-10', 'publishedAt'],
  },
  {
    label: 'weekday afternoon',
    phrase: 'met his Japanese counterpart',
    date: ['2024-01-17', '2024-01-17', 'publishedAt'],
  },
  {
    label: 'also-continuation, shared actor',
    phrase: 'concurred',
    actors: [KOR, JPN],
    date: ['2024-01-17', '2024-01-17', 'event:5'],
  },
  {
    label: 'planned event reads forward',
    phrase: 'meet again',
    status: 'planned',
    date: ['2024-01-22', '2024-01-22', 'publishedAt'],
  },
];

test('dates stage: the seed-like article', () => {
  const out = datesStage.run(
    input(
      TEXT,
      EXPECTED.map((e) => [e.phrase, e.actors ?? [KOR], e.status]),
    ),
    collectingContext(),
  );
  assert.ok(!(out instanceof Promise));
  EXPECTED.forEach((e, i) => {
    const d = out.events[i]?.date;
    assert.deepEqual(d ? [d.start, d.end, d.anchor] : null, e.date, e.label);
  });
});

test('dates stage: no publication date leaves relative dates unresolved, with a message', () => {
  const ctx = collectingContext();
  const text = 'North Korea fired a missile on Sunday. It signed a treaty on January 3, 2023.';
  const out = datesStage.run(input(text, [['fired a missile'], ['signed a treaty']], null), ctx);
  assert.ok(!(out instanceof Promise));
  assert.equal(out.events[0]?.date, null);
  assert.deepEqual(out.events[1]?.date, {
    start: '2023-01-03',
    end: '2023-01-03',
    text: 'January 3, 2023',
    precision: 'day',
    anchor: null,
  });
  assert.deepEqual(
    ctx.messages.map((m) => m.ruleId),
    ['dates/no-anchor'],
  );
});

test('dates stage: an event outside the lead with no expression stays undated', () => {
  const text =
    'Kim met Pak on Thursday. Talks went well. Nothing more. Then more. The UN criticized the tests.';
  const out = datesStage.run(input(text, [['met Pak'], ['criticized the tests']]), collectingContext());
  assert.ok(!(out instanceof Promise));
  assert.equal(out.events[1]?.date, null);
});

/** Dates of events given by their evidence (and tense, for a verbal one) in a text published 2024-01-18. */
const RELATION_CASES: {
  label: string;
  text: string;
  events: [evidence: string, tense?: 'past'][];
  dates: [start: string, end: string, anchor: string | null][];
}[] = [
  {
    label: 'a year qualifying a noun dates a nominal event, not a verbal one',
    text: 'Earlier this week, Seoul decided to suspend the 2018 military pact. The 2018 summit was recalled.',
    events: [['decided to suspend the 2018 military pact', 'past'], ['The 2018 summit']],
    dates: [
      ['2024-01-15', '2024-01-17', 'publishedAt'],
      ['2018-01-01', '2018-12-31', null],
    ],
  },
  {
    // The condemnation was said in today's call (the lead); January 14 dates the launch.
    label: "a date inside a nested event's evidence is that event's",
    text: "Blinken spoke today with Chung. He condemned the DPRK's January 14 missile launch.",
    events: [
      ['Blinken spoke today with Chung'],
      ["He condemned the DPRK's January 14 missile launch", 'past'],
      ["DPRK's January 14 missile launch"],
    ],
    dates: [
      ['2024-01-18', '2024-01-18', 'publishedAt'],
      ['2024-01-18', '2024-01-18', 'event:0'],
      ['2024-01-14', '2024-01-14', 'publishedAt'],
    ],
  },
  {
    label: '"two days after" reaches the event past its modifiers',
    text: 'They met in Seoul on Thursday, two days after a publicly disclosed meeting between Putin and Choe.',
    events: [['They met in Seoul on Thursday', 'past'], ['meeting between Putin and Choe']],
    dates: [
      ['2024-01-18', '2024-01-18', 'publishedAt'],
      ['2024-01-16', '2024-01-16', 'event:0'],
    ],
  },
];

for (const c of RELATION_CASES) {
  test(`dates stage: ${c.label}`, () => {
    const events = c.events.map(([evidence, tense]) => ({
      ...event(c.text, evidence),
      ...(tense && { tense }),
    }));
    const dates = datesGiven(c.text, events, '2024-01-18');
    assert.deepEqual(
      dates.map((d) => [d?.start, d?.end, d?.anchor]),
      c.dates,
    );
  });
}
