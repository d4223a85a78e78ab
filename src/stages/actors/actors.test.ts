// The actors stage end to end over short texts: sentences → entities → actors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences/index.js';
import { findMentions } from '../entities/index.js';
import { resolveActors, type ActorsOutput } from './index.js';

const SEED_DATE = '2024-01-18';

function run(text: string, date: string | null = SEED_DATE): ActorsOutput {
  const sentences = splitSentences(text);
  return resolveActors({ text, mentions: findMentions({ text, publishedAt: date, sentences }), sentences });
}

/** "name code/sector" of the entity one mention of `surface` belongs to. */
function who(out: ActorsOutput, text: string, surface: string, nth = 0): string | null {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(surface, at + 1);
  const entity = out.entities.find((e) => e.mentions.some((m) => m.start === at));
  if (!entity) return null;
  return `${entity.name} ${entity.actor?.code ?? '-'}/${entity.actor?.sector ?? '-'}`;
}

test('persons are coded on the article date, with titles and coreference', () => {
  const cases: [label: string, text: string, surface: string, nth: number, expected: string][] = [
    ['title before the name', 'Foreign Minister Choe Son-hui arrived.', 'Choe', 0, 'Choe Son-hui PRK/GOV'],
    [
      'title phrase in a dictionary',
      'Russian President Vladimir Putin met her.',
      'Vladimir',
      0,
      'Vladimir Putin RUS/GOV',
    ],
    ['KCNA spelling', 'Choe Son Hui left Pyongyang.', 'Choe', 0, 'Choe Son Hui PRK/GOV'],
    [
      'surname with a partner seen beside one Kim',
      'Kim Gunn met Jung Pak. Kim Jong-un spoke. Kim and Pak condemned it.',
      'Kim',
      2,
      'Kim Gunn KOR/GOV',
    ],
    [
      'surname right after the leader',
      'Kim Gunn met Jung Pak. North Korean leader Kim Jong-un spoke. Kim also directed the plan.',
      'Kim',
      2,
      'Kim Jong-un PRK/GOV',
    ],
    ['glued KCNA name', 'Respected ComradeKim Jong Unwas present.', 'Kim', 0, 'Kim Jong Un PRK/GOV'],
    [
      'title without a dictionary entry gives role and code',
      'Kremlin Spokesman Ivan Petrovsky said so.',
      'Ivan',
      0,
      'Ivan Petrovsky RUS/GOV',
    ],
    [
      'the side a person is listed on',
      'Present there from the DPRK side were Kim Hwa Sik, vice-minister of Chemical Industry, and officials.',
      'Kim',
      0,
      'Kim Hwa Sik PRK/GOV',
    ],
    [
      'a middle initial the dictionary leaves out',
      'Deputy Secretary of State Wendy R. Sherman will travel to Japan.',
      'Wendy',
      0,
      'Wendy R. Sherman USA/GOV',
    ],
    [
      'a rank that an appositive took in',
      'But General Mark Milley, chairman of the Joint Chiefs of Staff, told US media.',
      'Mark',
      0,
      'Mark Milley -/MIL',
    ],
  ];
  for (const [label, text, surface, nth, expected] of cases)
    assert.equal(who(run(text), text, surface, nth), expected, label);
});

test('a bare surname is the one official of that name in office, unless the text names someone fuller', () => {
  const date = '2022-05-06';
  const text = 'QUESTION: Secretary Blinken, thanks for your time.';
  assert.equal(who(run(text, date), text, 'Blinken'), 'Blinken USA/GOV');
  const other = 'Tom Blinken, a farmer, spoke. Blinken said so.';
  assert.notEqual(who(run(other, date), other, 'Blinken', 1), 'Blinken USA/GOV');
  const undated = 'Secretary Blinken spoke.';
  assert.notEqual(who(run(undated, null), undated, 'Blinken'), 'Blinken USA/GOV');
});

test('capitals as subjects are governments, possessives and demonyms code bodies', () => {
  const seoul = 'Seoul said it would respond.';
  assert.deepEqual(
    run(seoul).mentionActors.map((m) => `${m.actor.code}/${m.actor.sector}`),
    ['KOR/GOV'],
    'Seoul said',
  );
  const cases: [label: string, text: string, surface: string, expected: string][] = [
    ['possessive', "South Korea's Foreign Ministry said so.", 'Foreign Ministry', 'Foreign Ministry KOR/GOV'],
    ['demonym', 'The Japanese Foreign Ministry said so.', 'Foreign Ministry', 'Foreign Ministry JPN/GOV'],
    ['seat of government', 'The Kremlin denied it.', 'Kremlin', 'Kremlin RUS/GOV'],
    [
      'a country and its bracketed abbreviation before a title',
      'Republic of Korea (ROK) First Vice Foreign Minister Choi Jong Kun spoke.',
      'Choi Jong Kun',
      'Choi Jong Kun KOR/GOV',
    ],
    [
      'possessive over the dictionary',
      "Seoul's National Security Council met.",
      'National Security Council',
      'National Security Council KOR/GOV',
    ],
  ];
  for (const [label, text, surface, expected] of cases)
    assert.equal(who(run(text), text, surface), expected, label);
});

test('KCNA appositives, titles before surnames, former and ended terms', () => {
  const cases: [label: string, text: string, date: string, surface: string, expected: string][] = [
    [
      'lower-case title of a country',
      'Talks were held between Ri Chol Nam, minister of Fisheries of the DPRK, and guests.',
      '2024-08-28',
      'Ri Chol',
      'Ri Chol Nam PRK/GOV',
    ],
    [
      'title of a country with a long name',
      "Pak Myong Su, vice-minister for Europe of the Foreign Ministry of the Democratic People's Republic of Korea, spoke.",
      '2024-05-30',
      'Pak',
      'Pak Myong Su PRK/GOV',
    ],
    [
      'a country the title is "of", after lower-case words',
      "Present were Ivan Sorokin, charge d'affaires ad interim of the Russian embassy, and others.",
      '2024-08-28',
      'Ivan',
      'Ivan Sorokin RUS/GOV',
    ],
    [
      'office as a title before a surname',
      'UN Secretary-General Tanaka spoke.',
      '2024-05-30',
      'Tanaka',
      'Tanaka UNO/-',
    ],
    [
      'a former official is ELI',
      'The ministers mourned former Japanese Prime Minister Abe Shinzo.',
      '2022-07-12',
      'Abe',
      'Abe Shinzo JPN/ELI',
    ],
    [
      'ended term and no title: a former official',
      'Moon Jae-in visited Busan.',
      '2024-01-18',
      'Moon',
      'Moon Jae-in KOR/ELI',
    ],
    [
      'ended term with a title in the story',
      'They honoured the 1949 visit of Kim Il Sung, premier of the DPRK Cabinet.',
      '2024-11-02',
      'Kim Il',
      'Kim Il Sung PRK/GOV',
    ],
  ];
  for (const [label, text, date, surface, expected] of cases)
    assert.equal(who(run(text, date), text, surface), expected, label);
});

test('capitals acting as governments are that government at entity level, with reasons', () => {
  const text = 'Seoul said it would respond. The envoys met in Seoul.';
  const seoul = run(text).entities.filter((e) => e.name === 'Seoul');
  assert.equal(seoul.length, 1, 'one entity for both mentions');
  assert.equal(`${seoul[0]?.actor?.code}/${seoul[0]?.actor?.sector}`, 'KOR/GOV');
  assert.deepEqual(
    seoul[0]?.reasons?.map((r) => `${r.ruleId}@${r.start}`),
    ['actors/dictionary@0', 'actors/metonym@0'],
    'the dictionary entry and the acting mention, not the place mention',
  );
  const place = run('The envoys met in Seoul.').entities.find((e) => e.name === 'Seoul');
  assert.equal(place?.actor?.sector, null, 'only a place: no government');
});

test('person reasons name the dictionary term, the title and each coreference link', () => {
  const text = 'Foreign Minister Choe Son-hui arrived. Choe met them.';
  const choe = run(text).entities.find((e) => e.type === 'PERSON');
  assert.deepEqual(
    choe?.reasons?.map((r) => `${r.ruleId}:${r.text}`),
    ['actors/dictionary:Choe Son-hui', 'actors/surname-coreference:Choe'],
  );
  assert.match(choe?.reasons?.[0]?.detail ?? '', /^officials:.* \d{4}/, 'entry id and its term');
});
