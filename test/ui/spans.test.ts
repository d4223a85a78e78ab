import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphAround, segments, type Annotation } from '../../src/web/spans.js';

const TEXT = 'North Korea fired a missile.\n\nSeoul protested.';
const ann = (start: number, end: number, kind: Annotation['kind'] = 'entity'): Annotation => ({
  start,
  end,
  kind,
  label: kind,
});
/** Each segment as "text[kinds]" so a case reads like the highlighted sentence. */
const show = (text: string, annotations: Annotation[]) =>
  segments(text, annotations).map(
    (s) => `${text.slice(s.start, s.end)}[${s.covering.map((a) => a.kind).join('+')}]`,
  );

const CASES: Array<{ label: string; annotations: Annotation[]; expected: string[] }> = [
  { label: 'no annotation: one plain segment', annotations: [], expected: [`${TEXT}[]`] },
  {
    label: 'an entity inside an event sentence is cut out with both kinds',
    annotations: [ann(0, 28, 'event'), ann(0, 11)],
    expected: ['North Korea[event+entity]', ' fired a missile.[event]', '\n\nSeoul protested.[]'],
  },
  {
    label: 'overlapping spans share only their overlap',
    annotations: [ann(6, 17, 'quote'), ann(12, 28, 'event')],
    expected: [
      'North []',
      'Korea [quote]',
      'fired[quote+event]',
      ' a missile.[event]',
      '\n\nSeoul protested.[]',
    ],
  },
];

const NEGATIVE: Array<{ label: string; annotations: Annotation[]; expected: string[] }> = [
  { label: 'an empty span marks nothing', annotations: [ann(5, 5)], expected: [`${TEXT}[]`] },
  { label: 'a reversed span marks nothing', annotations: [ann(9, 3)], expected: [`${TEXT}[]`] },
  {
    label: 'a span past the end is clipped to the text',
    annotations: [ann(30, 500)],
    expected: ['North Korea fired a missile.\n\n[]', 'Seoul protested.[entity]'],
  },
];

for (const { label, annotations, expected } of [...CASES, ...NEGATIVE]) {
  test(`segments: ${label}`, () => assert.deepEqual(show(TEXT, annotations), expected));
}

test('segments: the pieces put back together are the text', () => {
  const parts = segments(TEXT, [ann(3, 20), ann(10, 40, 'quote')]).map((s) => TEXT.slice(s.start, s.end));
  assert.equal(parts.join(''), TEXT);
});

const AROUND: Array<{ label: string; span: [number, number]; expected: string }> = [
  { label: 'first paragraph', span: [6, 11], expected: 'North Korea fired a missile.' },
  { label: 'last paragraph', span: [30, 35], expected: 'Seoul protested.' },
];
for (const { label, span, expected } of AROUND) {
  test(`paragraphAround: ${label}`, () => {
    const { from, to } = paragraphAround(TEXT, span[0], span[1]);
    assert.equal(TEXT.slice(from, to), expected);
  });
}
