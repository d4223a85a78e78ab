import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchmarkDir, loadPages, loadTruth } from '../bench/pages.js';
import { SYSTEMS } from '../bench/systems.js';
import { scoreExtraction, type ExtractionScore, type Predictions } from './extraction-metric.js';
import type { EvalRow } from './table.js';

/**
 * The article-extraction benchmark lines of `npm run eval`: F1, precision and recall of sitroom's
 * HTML extractor beside Readability's, in process and untimed (`npm run bench -- extract` times them).
 */

function predict(run: (html: string, url: string | null) => string): Predictions {
  const out: Predictions = {};
  for (const p of loadPages()) out[p.id] = { articleBody: run(p.html, p.url) };
  return out;
}

export async function extractionBenchmarkRows(): Promise<EvalRow[]> {
  if (!existsSync(join(benchmarkDir(), 'ground-truth.json')))
    return [
      { name: 'article extraction (benchmark missing)', ours: '-', baseline: null, target: null, pass: null },
    ];
  const truth = loadTruth();
  const ours: ExtractionScore = scoreExtraction(truth, predict(SYSTEMS.sitroom));
  const theirs: ExtractionScore = scoreExtraction(truth, predict(SYSTEMS.readability));
  const row = (name: string, key: keyof ExtractionScore, target: number | null): EvalRow => ({
    name: `article extraction ${name} (vs Readability)`,
    ours: ours[key].toFixed(3),
    baseline: theirs[key].toFixed(3),
    target: target === null ? null : `≥ ${target}`,
    pass: target === null ? null : ours[key] >= target,
  });
  return [row('F1', 'f1', 0.965), row('precision', 'precision', 0.95), row('recall', 'recall', null)];
}
