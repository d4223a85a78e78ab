import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../../src/core/document.js';
import { processInput } from '../../src/pipeline/run.js';
import type { RawInput } from '../../src/stages/extract/index.js';

/**
 * End-to-end golden cases: a folder per case holding `input.html` or `input.txt`, an optional
 * `hints.json` ({ url, title, publishedAt } as a feed would give them) and `expected.json`, the
 * Document the extract stage must produce. `npm run golden:update` rewrites expected.json; review the diff.
 */
export const goldenDir = fileURLToPath(new URL('.', import.meta.url));

/** The fixed clock of every golden run, so output never depends on the day it runs. */
const NOW = new Date('2026-01-01T00:00:00Z');

export interface GoldenCase {
  name: string;
  dir: string;
}

export function goldenCases(): GoldenCase[] {
  return readdirSync(goldenDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(goldenDir, e.name, inputName(join(goldenDir, e.name)))))
    .map((e) => ({ name: e.name, dir: join(goldenDir, e.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function inputName(dir: string): string {
  return existsSync(join(dir, 'input.html')) ? 'input.html' : 'input.txt';
}

export async function runGolden(c: GoldenCase): Promise<Document> {
  const hintsPath = join(c.dir, 'hints.json');
  const hints = existsSync(hintsPath) ? (JSON.parse(readFileSync(hintsPath, 'utf8')) as RawInput) : {};
  const bytes = readFileSync(join(c.dir, inputName(c.dir)));
  // The whole pipeline, so the golden Document holds what later stages add (entities, actors).
  return processInput({ ...hints, bytes }, { now: NOW });
}

export const expectedPath = (c: GoldenCase) => join(c.dir, 'expected.json');
