import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from './index.js';

const cases: { label: string; text: string; expected: string | null }[] = [
  {
    label: 'English news sentence',
    text: 'North Korea fired a ballistic missile into the East Sea on Sunday, the Joint Chiefs of Staff said.',
    expected: 'en',
  },
  {
    label: 'Korean sentence',
    text: '북한이 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.',
    expected: 'ko',
  },
  {
    label: 'Russian sentence',
    text: 'Северная Корея запустила баллистическую ракету в сторону Японского моря.',
    expected: 'ru',
  },
  {
    label: 'Japanese sentence',
    text: '北朝鮮は日曜日、日本海に向けて弾道ミサイルを発射したと発表した。',
    expected: 'ja',
  },
  {
    label: 'French sentence',
    text: 'La Corée du Nord a tiré un missile balistique en mer de l’Est dimanche, selon l’état-major sud-coréen.',
    expected: 'fr',
  },
];

const negativeCases: { label: string; text: string }[] = [
  { label: 'empty', text: '' },
  { label: 'two letters eld would call Polish', text: 'ok' },
  { label: 'digits and punctuation only', text: '2024-01-18 12:30 — 1,234 / 5,678' },
  { label: 'a short headline', text: 'Kim inspects drills' },
];

for (const c of cases) {
  test(`detectLanguage: ${c.label}`, () => assert.equal(detectLanguage(c.text), c.expected));
}

for (const c of negativeCases) {
  test(`detectLanguage gives null: ${c.label}`, () => assert.equal(detectLanguage(c.text), null));
}
