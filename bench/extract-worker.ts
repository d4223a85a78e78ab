import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoDir } from '../src/core/paths.js';
import { loadPages } from './pages.js';
import { SYSTEMS, isSystemName, type SystemName } from './systems.js';

/**
 * One extractor over the benchmark in its own process, so its peak RSS is its own. Pages are
 * decompressed first; a warm-up pass is not timed. Prints one JSON line of measurements and writes
 * the predictions to .bench/<system>.json for the reference scorer.
 */
export interface WorkerResult {
  system: SystemName;
  pages: number;
  docsPerSec: number;
  medianMs: number;
  peakRssMb: number;
  predictionsPath: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export function runWorker(system: SystemName): WorkerResult {
  const run = SYSTEMS[system];
  const pages = loadPages();
  for (const p of pages) run(p.html, p.url);
  const times: number[] = [];
  const out: Record<string, { articleBody: string }> = {};
  const start = performance.now();
  for (const p of pages) {
    const t = performance.now();
    out[p.id] = { articleBody: run(p.html, p.url) };
    times.push(performance.now() - t);
  }
  const seconds = (performance.now() - start) / 1000;
  const dir = join(repoDir(), '.bench');
  mkdirSync(dir, { recursive: true });
  const predictionsPath = join(dir, `${system}.json`);
  writeFileSync(predictionsPath, JSON.stringify(out));
  return {
    system,
    pages: pages.length,
    docsPerSec: pages.length / seconds,
    medianMs: median(times),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    predictionsPath,
  };
}

const arg = process.argv[2];
if (isSystemName(arg)) process.stdout.write(`${JSON.stringify(runWorker(arg))}\n`);
