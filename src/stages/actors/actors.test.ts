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
  ];
  for (const [label, text, surface, nth, expected] of cases)
    assert.equal(who(run(text), text, surface, nth), expected, label);
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
  ];
  for (const [label, text, surface, expected] of cases)
    assert.equal(who(run(text), text, surface), expected, label);
});
