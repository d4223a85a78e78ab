import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harmonize } from './consistency.js';
import type { TypedSpan } from './consistency.js';
import { gazBit, gazMarks, parseGazetteer, serializeGazetteer } from './gazetteer.js';
import { joinHyphens, splitBridges } from './repair.js';
import { tagIndex } from './labels.js';
import { trimTitles } from './titles.js';

/** Marks each name in `text` as [[Name|TYPE]] and returns the plain text with typed spans. */
function parse(marked: string): { text: string; spans: TypedSpan[] } {
  const spans: TypedSpan[] = [];
  let text = '';
  for (const part of marked.split(/(\[\[[^\]]+\]\])/)) {
    const m = /^\[\[(?<name>[^|]+)\|(?<type>[A-Z]+)\]\]$/.exec(part);
    if (!m) text += part;
    else {
      spans.push({
        start: text.length,
        end: text.length + m.groups!['name']!.length,
        type: m.groups!['type'] as TypedSpan['type'],
      });
      text += m.groups!['name'];
    }
  }
  return { text, spans };
}
const show = (text: string, spans: TypedSpan[]): string =>
  spans.map((s) => `${text.slice(s.start, s.end)}|${s.type}`).join(', ');

const HARMONIZE_CASES: { label: string; input: string; expected: string }[] = [
  {
    label: 'surname follows the full name',
    input: '[[Alan Mulally|PER]] said. [[Mulally|LOC]] left.',
    expected: 'Alan Mulally|PER, Mulally|PER',
  },
  {
    label: 'company without its legal form',
    input: '[[Chrysler LLC|ORG]] fell. [[Chrysler|PER]] said.',
    expected: 'Chrysler LLC|ORG, Chrysler|ORG',
  },
  {
    label: 'majority of own mentions',
    input: '[[Ford|ORG]] and [[Ford|ORG]] and [[Ford|PER]]',
    expected: 'Ford|ORG, Ford|ORG, Ford|ORG',
  },
];
/** A tie or a lone mention keeps the tagger's class. */
const HARMONIZE_NEGATIVE: { label: string; input: string }[] = [
  { label: 'tie', input: '[[Jordan|PER]] met [[Jordan|LOC]]' },
  { label: 'single mention', input: '[[Seoul|LOC]] said' },
];
for (const c of HARMONIZE_CASES)
  test(`harmonize: ${c.label}`, () => {
    const { text, spans } = parse(c.input);
    assert.equal(show(text, harmonize(text, spans)), c.expected);
  });
for (const c of HARMONIZE_NEGATIVE)
  test(`harmonize keeps: ${c.label}`, () => {
    const { text, spans } = parse(c.input);
    assert.deepEqual(harmonize(text, spans), spans);
  });

const TITLE_CASES: [string, string][] = [
  ['[[Senator McCain|PER]] spoke', 'McCain|PER'],
  ['[[Prime Minister John Howard|PER]] said', 'John Howard|PER'],
  ['[[Chairman|PER]] of the board', ''],
  ['[[Kim Jong-un|PER]] visited', 'Kim Jong-un|PER'],
  ['[[President Street|LOC]] is long', 'President Street|LOC'],
  ['to [[Mr Howard|PER]],', 'Howard|PER'],
  ['the [[General Staff|PER]] of the KPA', 'General Staff|ORG'],
  ['Secretary for Asia and [[Pacific Affairs Dan Kritenbrink|PER]] spoke', 'Dan Kritenbrink|PER'],
];
for (const [input, expected] of TITLE_CASES)
  test(`titles: ${input}`, () => {
    const { text, spans } = parse(input);
    assert.equal(show(text, trimTitles(text, spans)), expected);
  });

const sentence = (pairs: string): { words: string[]; tags: number[] } => {
  const cells = pairs.split(' ').map((p) => p.split('/'));
  return { words: cells.map((c) => c[0]!), tags: cells.map((c) => tagIndex(c[1] ?? 'O')) };
};
const words = (s: { words: string[]; tags: number[] }): string =>
  s.words
    .map((w, i) =>
      s.tags[i] ? `${w}/${['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'][s.tags[i]!]}` : w,
    )
    .join(' ');

test('repair: GUM hyphen parts join and keep the name tag', () =>
  assert.equal(
    words(joinHyphens(sentence('Jean/B-PER -/O Louis/O Richard/I-PER left/O'))),
    'Jean-Louis/B-PER Richard/I-PER left',
  ));
test('repair: a spaced dash between non-words stays', () =>
  assert.equal(words(joinHyphens(sentence('1990 ( -/O ) x'))), '1990 ( - ) x'));
test('repair: persons joined by "and" are split', () =>
  assert.equal(
    words(splitBridges(sentence('Carrano/B-PER and/I-PER Biewener/I-PER wrote'))!),
    'Carrano/B-PER and Biewener/B-PER wrote',
  ));
test('repair: organizations keep "and"', () =>
  assert.equal(
    words(splitBridges(sentence('Painting/B-ORG and/I-ORG Sculpture/I-ORG'))!),
    'Painting/B-ORG and/I-ORG Sculpture/I-ORG',
  ));
test('repair: a name bridged by a preposition drops the sentence', () =>
  assert.equal(splitBridges(sentence('City/B-LOC Hall/I-LOC in/I-LOC York/I-LOC')), null));

test('gazetteer: longest match, positions, file round trip', () => {
  const g = parseGazetteer(
    `${gazBit('CITY')}\tnew york\n${gazBit('FIRST')}\tjohn\n${gazBit('COUNTRY')}\tyork\n`,
  );
  assert.equal(serializeGazetteer(parseGazetteer(serializeGazetteer(g))), serializeGazetteer(g));
  const marks = gazMarks(g, ['John', 'left', 'New', 'York']);
  assert.deepEqual([...marks.word], [gazBit('FIRST'), 0, 0, gazBit('COUNTRY')]);
  assert.equal(marks.span[0], 0, 'FIRST alone marks no span');
  assert.equal(marks.span[2]! >> 3, gazBit('CITY'));
  assert.equal(marks.span[3]! >> 3, gazBit('CITY'), 'the longer match wins over "york"');
});
