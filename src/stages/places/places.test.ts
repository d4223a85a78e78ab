import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectingContext } from '../../core/stage.js';
import { splitSentences } from '../sentences/index.js';
import { resolvePlaces } from './index.js';
import { eventAt, placesOf } from './test-helpers.js';

const cases: { label: string; text: string; evidence: string[]; places: (string | null)[] }[] = [
  {
    label: 'in + capital',
    text: 'Kim Gunn and Jung Pak met in Seoul on Thursday.',
    evidence: ['met'],
    places: ['Seoul'],
  },
  {
    label: 'two events, each its own place (narrower evidence owns Moscow)',
    text: 'Kim and Pak met in Seoul, two days after a meeting between Vladimir Putin and the foreign minister in Moscow.',
    evidence: [
      'Kim and Pak met in Seoul, two days after a meeting between Vladimir Putin and the foreign minister in Moscow',
      'a meeting between Vladimir Putin and the foreign minister in Moscow',
    ],
    places: ['Seoul', 'Moscow'],
  },
  {
    label: 'artillery fire toward the maritime border: the target area',
    text: 'In early January, North Korea fired around 350 shells toward the inter-Korean western maritime border over three days.',
    evidence: ['North Korea fired around 350 shells'],
    places: ['Northern Limit Line'],
  },
  {
    label: 'evidence cut inside the place name',
    text: 'North Korea fired around 350 shells toward the inter-Korean western maritime border.',
    evidence: ['North Korea fired around 350 shells toward the inter-Korean'],
    places: ['Northern Limit Line'],
  },
  {
    label: 'fronted place before a comma',
    text: 'In Moscow, Vladimir Putin met the North Korean foreign minister.',
    evidence: ['Vladimir Putin met'],
    places: ['Moscow'],
  },
  {
    label: 'missile into the East Sea',
    text: 'North Korea fired a ballistic missile into the East Sea on Sunday.',
    evidence: ['fired a ballistic missile'],
    places: ['East Sea'],
  },
  {
    label: 'visit to a country: a place without a point',
    text: "Choe's visit to Russia earlier this week has sparked concerns.",
    evidence: ["Choe's visit to Russia"],
    places: ['Russia'],
  },
  {
    label: 'GeoNames spelling with diacritics matches the plain spelling',
    text: 'Officials met at Kaesong on Monday.',
    evidence: ['Officials met'],
    places: ['Kaesŏng'],
  },
  {
    label: 'curated site by alias',
    text: 'The satellite was launched from the Sohae station at Tongchang-ri on Friday.',
    evidence: ['The satellite was launched'],
    places: ['Sohae Satellite Launching Station'],
  },
  {
    label: '"Washington, D.C." is found as Washington',
    text: 'The two ministers held talks in Washington on Friday.',
    evidence: ['held talks'],
    places: ['Washington, D.C.'],
  },
];

for (const c of cases) {
  test(`places: ${c.label}`, () => {
    assert.deepEqual(placesOf(c.text, c.evidence), c.places);
  });
}

test('places: a place carries code, coordinates and geonameid', () => {
  const text = 'They met in Moscow.';
  const out = resolvePlaces(
    { text, sentences: splitSentences(text), events: [eventAt(text, 'met')] },
    collectingContext(),
  );
  assert.deepEqual(out.events[0]?.place, {
    name: 'Moscow',
    code: 'RUS',
    lat: 55.75222,
    lon: 37.61556,
    geonameid: 524901,
  });
});

test('places: an ambiguous city name is reported', () => {
  const text = 'Protesters gathered in Hyderabad on Friday.';
  const ctx = collectingContext();
  resolvePlaces({ text, sentences: splitSentences(text), events: [eventAt(text, 'gathered')] }, ctx);
  assert.equal(ctx.messages[0]?.ruleId, 'places/ambiguous');
});
