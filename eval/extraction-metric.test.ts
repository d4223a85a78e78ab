import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { sharedDir } from '../src/core/paths.js';
import { scoreExtraction, shingleTpFpFn, type GroundTruth, type Predictions } from './extraction-metric.js';

const reference = join(sharedDir(), 'tools', 'score-extraction.mjs');
const truthPath = join(sharedDir(), 'data', 'article-extraction-benchmark', 'ground-truth.json');
const missing = !existsSync(reference) || !existsSync(truthPath);
const skip = missing ? `shared/ not found at ${sharedDir()} (set SITROOM_SHARED)` : false;

interface Reference {
  evaluate(
    gt: GroundTruth,
    pred: Predictions,
    nBoot: number,
  ): { f1: number; precision: number; recall: number; tp_fp_fns: number[][] };
}

/** Predictions of several shapes: exact, truncated, padded with noise, empty, reordered. */
function perturbed(truth: GroundTruth): Predictions {
  const out: Predictions = {};
  Object.entries(truth).forEach(([id, { articleBody }], i) => {
    const shapes = [
      articleBody,
      articleBody.slice(0, Math.floor(articleBody.length / 2)),
      `Share this article. Sign up for our newsletter. ${articleBody} Read more: related story here`,
      '',
      articleBody.split('\n\n').reverse().join('\n\n'),
    ];
    out[id] = { articleBody: shapes[i % shapes.length] ?? '' };
  });
  return out;
}

test('extraction metric agrees with the reference scorer on every page and overall', { skip }, async () => {
  const ref = (await import(pathToFileURL(reference).href)) as Reference;
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as GroundTruth;
  const pred = perturbed(truth);
  const theirs = ref.evaluate(truth, pred, 1);
  const ours = scoreExtraction(truth, pred);
  assert.deepEqual(ours.pages, theirs.tp_fp_fns);
  assert.equal(ours.f1, theirs.f1);
  assert.equal(ours.precision, theirs.precision);
  assert.equal(ours.recall, theirs.recall);
  assert.ok(ours.f1 < 1 && ours.f1 > 0.3, `a perturbed run scores between: ${ours.f1}`);
});

const cases: { label: string; truth: string; pred: string; expected: [number, number, number] }[] = [
  { label: 'identical', truth: 'a b c d e', pred: 'a b c d e', expected: [1, 0, 0] },
  { label: 'empty prediction', truth: 'a b c d e', pred: '', expected: [0, 0, 1] },
  { label: 'both empty', truth: '', pred: '', expected: [0, 0, 0] },
  { label: 'short texts are one shingle', truth: 'a b', pred: 'a b', expected: [1, 0, 0] },
  { label: 'half extra', truth: 'a b c d', pred: 'a b c d e', expected: [1 / 2, 1 / 2, 0] },
];

for (const c of cases) {
  test(`shingle counts: ${c.label}`, () => {
    assert.deepEqual(shingleTpFpFn(c.truth, c.pred), c.expected);
  });
}

test('mismatched ids throw', () => {
  assert.throws(() => scoreExtraction({ a: { articleBody: 'x' } }, { b: { articleBody: 'x' } }), /keys/);
});
