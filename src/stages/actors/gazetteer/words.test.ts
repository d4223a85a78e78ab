import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachWord, WORD } from './words.js';

function scanned(text: string): [number, number][] {
  const spans: [number, number][] = [];
  forEachWord(text, (start, end) => spans.push([start, end]));
  return spans;
}

function matched(text: string): [number, number][] {
  return [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
}

test('the scanner finds the words the regex finds', () => {
  const cases: [label: string, text: string][] = [
    ['abbreviations', 'the U.S. and D.P.R.K. met; U.Sa is no abbreviation'],
    ['possessive', "South Korea's and Korea’s, but P'yongan and O'Brien"],
    ['possessive before a non-ASCII letter', "Korea'sé and Korea's_x and Korea's9"],
    ['hyphen, ampersand, digits', 'Jong-un of AT&T in 2024, 3rd-party &co'],
    ['diacritics and combining marks', 'António Gutérres and Ste\u0301phane'],
    ['Hangul and other scripts', '김정은 met Путин in 北京'],
    ['astral letters and digits', '𝐀𝐁 𝟏𝟐 x𝐀.𝐁.'],
    ['lone surrogate', 'a\ud835b'],
    ['apostrophes alone', "' ' 's 'S ’s"],
    ['empty', ''],
  ];
  for (const [label, text] of cases) assert.deepEqual(scanned(text), matched(text), label);
});

test('the scanner agrees with the regex on random strings of the tricky characters', () => {
  const alphabet = [
    'a',
    's',
    'S',
    "'",
    '’',
    '.',
    '&',
    '-',
    ' ',
    '1',
    'é',
    '_',
    '김',
    '𝐀',
    '𝟏',
    '\u0301',
    'Ⅻ',
    'ſ',
    'K',
  ];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 5000; i += 1) {
    let text = '';
    for (let n = 1 + Math.floor(next() * 12); n > 0; n -= 1)
      text += alphabet[Math.floor(next() * alphabet.length)];
    assert.deepEqual(scanned(text), matched(text), JSON.stringify(text));
  }
});
