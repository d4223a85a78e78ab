import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBio } from './corpus.js';
import { shapeOf, tokenValues } from './features.js';
import { TAGS, allowedAfter, runsOf, tagIndex } from './labels.js';
import { decode, newScratch, tagSentence } from './model.js';
import { deserializeModel, serializeModel } from './model-io.js';
import { train } from './train.js';
import { gazBit, parseGazetteer } from './gazetteer.js';

const TINY = parseBio(
  [
    'Kim B-PER\nJong-un I-PER\nvisited O\nMoscow B-LOC\n. O',
    'Putin B-PER\nmet O\nKim B-PER\nin O\nVladivostok B-LOC\n. O',
    'Samsung B-ORG\nElectronics I-ORG\nsaid O\nprofits O\nfell O\n. O',
    'Troops O\nfrom O\nSeoul B-LOC\njoined O\nthe O\ndrill O\n. O',
  ].join('\n\n'),
);
const OPTIONS = { iterations: 5, hashBits: 12, seed: 7 };

test('training is deterministic: same corpus and seed give the same model bytes', () => {
  const a = serializeModel(train(TINY, OPTIONS));
  const b = serializeModel(train(TINY, OPTIONS));
  assert.ok(a.length > 16);
  assert.deepEqual(a, b);
});

test('a different seed may change the model, the bytes reflect the weights', () => {
  const model = train(TINY, OPTIONS);
  model.weights[0] = (model.weights[0] ?? 0) + 1;
  assert.notDeepEqual(serializeModel(model), serializeModel(train(TINY, OPTIONS)));
});

test('the tiny model learns its training sentences, and survives a file round trip', () => {
  const model = deserializeModel(serializeModel(train(TINY, OPTIONS)));
  for (const s of TINY) assert.deepEqual([...tagSentence(model, s.words)], s.tags, s.words.join(' '));
});

const LISTS = [`${gazBit('PER')}\tkim jong-un`, `${gazBit('CITY')}\tmoscow`, `${gazBit('FIRST')}\tkim`];
const trained = train(TINY, { ...OPTIONS, gazetteer: parseGazetteer(LISTS.join('\n')) });
/** The float rows training leaves, and the exact integer rows of the model read back from its file. */
const MODELS = [
  { label: 'float rows', model: trained },
  { label: 'exact rows', model: deserializeModel(serializeModel(trained), trained.gazetteer) },
];

for (const { label, model } of MODELS)
  test(`a trained model scores through its word cache as the decoder does from the weights (${label})`, () => {
    const unseen = ['Kim', 'met', 'Samsung', 'Electronics', 'in', 'Seoul', 'and', 'Moscow', '.'];
    for (const words of [...TINY.map((s) => s.words), unseen, unseen, ['Kim'], ['Kim', 'Jong-un']]) {
      const [cached, fresh] = [newScratch(), newScratch()];
      const tags = tagSentence(model, words, cached);
      assert.deepEqual([...tags], [...decode(model, tokenValues(words, model.gazetteer), fresh)]);
      const lattice = words.length * TAGS.length;
      assert.deepEqual(cached.best.subarray(0, lattice), fresh.best.subarray(0, lattice), words.join(' '));
    }
  });

test('a model file with the wrong magic is refused', () => {
  const bytes = serializeModel(train(TINY, OPTIONS));
  bytes[0] = 0;
  assert.throws(() => deserializeModel(bytes), /not a tagger model/);
});

const RUN_CASES: { label: string; tags: string[]; expected: string }[] = [
  { label: 'two-token person', tags: ['B-PER', 'I-PER', 'O'], expected: 'PER 0-2' },
  { label: 'adjacent entities split at B-', tags: ['B-LOC', 'B-LOC'], expected: 'LOC 0-1, LOC 1-2' },
  { label: 'type change closes a run', tags: ['B-ORG', 'I-LOC'], expected: 'ORG 0-1, LOC 1-2' },
  { label: 'entity at the end', tags: ['O', 'B-MISC'], expected: 'MISC 1-2' },
  { label: 'nothing', tags: ['O', 'O'], expected: '' },
];
for (const c of RUN_CASES) {
  test(`runs: ${c.label}`, () => {
    const runs = runsOf(c.tags.map(tagIndex));
    assert.equal(runs.map((r) => `${r.type} ${r.start}-${r.end}`).join(', '), c.expected);
  });
}

/** Tag sequences the decoder must never produce. */
const NEGATIVE_TRANSITIONS: [string, string][] = [
  ['O', 'I-PER'],
  ['B-ORG', 'I-PER'],
  ['I-LOC', 'I-MISC'],
];
for (const [prev, next] of NEGATIVE_TRANSITIONS) {
  test(`BIO: ${next} may not follow ${prev}`, () =>
    assert.equal(allowedAfter(tagIndex(prev), tagIndex(next)), false));
}

const SHAPES: [string, string][] = [
  ['Kim', 'Xx'],
  ['Son-hui', 'Xx-x'],
  ['U.S.', 'X.X.'],
  ['2024', 'd'],
  ['KCNA', 'X'],
];
for (const [word, shape] of SHAPES) test(`shape of ${word}`, () => assert.equal(shapeOf(word), shape));

test('tag set: O first, then B-/I- per class', () =>
  assert.deepEqual(TAGS.slice(0, 3), ['O', 'B-PER', 'I-PER']));
