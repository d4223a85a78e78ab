import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../actors/gazetteer/index.js';
import { datelineHere } from './dateline-here.js';

const DATELINE = 'Pyongyang, August 15 (KCNA)';
const found = (text: string, dateline: string | null = DATELINE): string[] =>
  datelineHere(loadGazetteer(), text, dateline, '2024-08-15').map(
    (m) => `${text.slice(m.start, m.end)}=${m.text}/${m.candidates[0]?.actor.code ?? '-'}`,
  );

test('a verb\'s "here" is the dateline\'s place', () =>
  assert.deepEqual(found('A reception was held here on Friday.'), ['here=Pyongyang/PRK']));
test('a later story brings its own dateline', () =>
  assert.deepEqual(found('Text.\nSeoul, May 2 (Yonhap) -- Talks were held here.', null), ['here=Seoul/KOR']));

const NEGATIVE_CASES: { label: string; text: string; dateline?: string | null }[] = [
  { label: 'after a noun', text: 'The Russian embassy here hosted a reception.' },
  { label: 'presentative', text: 'Here is the text. It was held here is wrong.' },
  { label: 'no dateline', text: 'A reception was held here.', dateline: null },
  { label: 'the place named after it', text: 'Work is conducted here in North Phyongan Province.' },
  { label: 'a first-person speech', text: 'I have come here again to see you.' },
  { label: 'inside a quotation', text: 'He said: “I have come here again to see you.”' },
];
for (const c of NEGATIVE_CASES)
  test(`no dateline place: ${c.label}`, () =>
    assert.deepEqual(found(c.text, c.dateline ?? (c.dateline === null ? null : DATELINE)), []));
