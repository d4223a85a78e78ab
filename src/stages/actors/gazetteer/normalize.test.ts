import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCaseSensitive, isPatronymic, nameKey, nameTokens, tokenize } from './normalize.js';

test('nameKey folds hyphens, case, diacritics and periods', () => {
  const cases: [label: string, input: string, key: string][] = [
    ['hyphenated given name', 'Kim Jong-un', 'kim jong un'],
    ['spaced given name', 'Kim Jong Un', 'kim jong un'],
    ['capital after hyphen', 'Kim Jong-Un', 'kim jong un'],
    ['Factbook capitals', 'KIM Jong Un', 'kim jong un'],
    ['KCNA spelling', 'Choe Son Hui', 'choe son hui'],
    ['diacritics', 'António Guterres', 'antonio guterres'],
    ['abbreviation with periods', 'U.S.', 'us'],
    ['possessive is its own token', "South Korea's", "south korea 's"],
    ['inner apostrophe kept in the word', "P'yongyang", 'pyongyang'],
    ['Hangul stays one token', '김정은', '김정은'],
  ];
  for (const [label, input, key] of cases) assert.equal(nameKey(input), key, label);
});

test('dictionary names fold as the tokenizer folds text', () => {
  const names = [
    'VLADIMIR PUTIN',
    'Kim Gunn',
    'North Korea',
    'KIM JONG-UN',
    'U.S.',
    "South Korea's",
    'António Guterres',
  ];
  for (const name of names)
    assert.deepEqual(
      nameTokens(name),
      tokenize(name).map((t) => t.norm),
      name,
    );
});

test('tokens keep their offsets in the text', () => {
  const tokens = tokenize('Seoul, Jan. 18 (Yonhap) -- Kim Jong-un');
  assert.deepEqual(
    tokens.slice(-3).map((t) => [t.raw, t.start, t.end]),
    [
      ['Kim', 27, 30],
      ['Jong', 31, 35],
      ['un', 36, 38],
    ],
  );
});

test('short all-capital names are case-sensitive, words are not', () => {
  const cases: [label: string, name: string, sensitive: boolean][] = [
    ['US is not "us"', 'US', true],
    ['ROK', 'ROK', true],
    ['DPRK has no vowel', 'DPRK', true],
    ['IRAN from Phoenix is a word', 'IRAN', false],
    ['mixed case', 'Korea', false],
    ['multi-word upper case', 'NORTH KOREA', false],
  ];
  for (const [label, name, sensitive] of cases) assert.equal(isCaseSensitive(name), sensitive, label);
});

test('patronymics are recognised, ordinary names are not', () => {
  const cases: [label: string, norm: string, patronymic: boolean][] = [
    ['Viktorovich', 'viktorovich', true],
    ['Vladimirovna', 'vladimirovna', true],
    ['Sergeyevich', 'sergeyevich', true],
    ['surname Lavrov', 'lavrov', false],
    ['short word', 'rich', false],
  ];
  for (const [label, norm, patronymic] of cases) assert.equal(isPatronymic(norm), patronymic, label);
});
