import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sharedDir } from '../src/core/paths.js';
import type { GroundTruth } from '../eval/extraction-metric.js';

/** The article-extraction benchmark: 181 gzipped news pages and their human-annotated bodies. */
export const benchmarkDir = () => join(sharedDir(), 'data', 'article-extraction-benchmark');

export interface BenchPage {
  id: string;
  url: string | null;
  html: string;
}

export function loadTruth(): GroundTruth {
  return JSON.parse(readFileSync(join(benchmarkDir(), 'ground-truth.json'), 'utf8')) as GroundTruth;
}

/** Every page, decompressed (done before any timing starts). */
export function loadPages(truth: GroundTruth = loadTruth()): BenchPage[] {
  return Object.entries(truth).map(([id, t]) => ({
    id,
    url: t.url ?? null,
    html: gunzipSync(readFileSync(join(benchmarkDir(), 'html', `${id}.html.gz`))).toString('utf8'),
  }));
}
