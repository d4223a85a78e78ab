import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  pagePrecision,
  pageRecall,
  scoreExtraction,
  type ExtractionScore,
  type Predictions,
} from '../eval/extraction-metric.js';
import type { WorkerResult } from './extract-worker.js';
import { loadTruth } from './pages.js';
import type { SystemName } from './systems.js';
import { table } from './table.js';

/**
 * `npm run bench -- extract`: sitroom's HTML extractor beside Readability on the article-extraction
 * benchmark, each in its own child process, one after the other. Scores with the benchmark's metric;
 * the predictions stay in .bench/ for `node ../shared/tools/score-extraction.mjs <truth> .bench/<x>.json`.
 */

const WORST_SHOWN = 10;

function runWorker(system: SystemName): WorkerResult {
  const self = fileURLToPath(import.meta.url);
  const worker = self.replace(/extract\.(ts|js)$/, 'extract-worker.$1');
  const child = spawnSync(process.execPath, [...process.execArgv, worker, system], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(`bench worker ${system} failed: ${child.stderr}`);
  const last = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as WorkerResult;
}

const f3 = (x: number) => x.toFixed(3);
const f1 = (x: number) => x.toFixed(1);

export async function benchExtract(): Promise<void> {
  const truth = loadTruth();
  const results: { run: WorkerResult; score: ExtractionScore & { pages: [number, number, number][] } }[] = [];
  for (const system of ['sitroom', 'readability'] as const) {
    const run = runWorker(system);
    const pred = JSON.parse(readFileSync(run.predictionsPath, 'utf8')) as Predictions;
    results.push({ run, score: scoreExtraction(truth, pred) });
  }
  const rows = [['extractor', 'F1', 'precision', 'recall', 'docs/s', 'median ms', 'peak RSS MB']];
  for (const { run, score } of results)
    rows.push([
      run.system,
      f3(score.f1),
      f3(score.precision),
      f3(score.recall),
      f1(run.docsPerSec),
      run.medianMs.toFixed(2),
      f1(run.peakRssMb),
    ]);
  console.log(`article-extraction benchmark, ${results[0]?.run.pages ?? 0} pages\n`);
  console.log(table(rows));
  const [ours, theirs] = results;
  if (!ours || !theirs) return;
  console.log(
    `\nours/theirs: docs/s ×${(ours.run.docsPerSec / theirs.run.docsPerSec).toFixed(2)}, ` +
      `median ms ×${(ours.run.medianMs / theirs.run.medianMs).toFixed(2)}, ` +
      `peak RSS ×${(ours.run.peakRssMb / theirs.run.peakRssMb).toFixed(2)}`,
  );
  console.log(`targets: F1 ≥ 0.965, precision ≥ 0.95, docs/s ≥ 3× Readability, peak RSS below it`);
  const ids = Object.keys(truth);
  const worst = ours.score.pages
    .map((t, i) => ({ id: ids[i] ?? '', p: pagePrecision(t), r: pageRecall(t) }))
    .sort((a, b) => a.p + a.r - (b.p + b.r))
    .slice(0, WORST_SHOWN);
  console.log(
    `\nworst pages for sitroom:\n${table([['id', 'P', 'R'], ...worst.map((w) => [w.id, f3(w.p), f3(w.r)])])}`,
  );
}
