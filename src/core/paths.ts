import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/**
 * The repository root, found from this file whether it runs from src/ (tsx) or dist/src/ (built); found
 * once, since stages ask for their data files' paths on every document.
 */
export function repoDir(): string {
  root ??= findRoot();
  return root;
}

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('sitroom: cannot find the repository root');
    dir = up;
  }
  return dir;
}

/** The shared data folder: $SITROOM_SHARED, else `../shared` beside the repository (as CI lays it out). */
export function sharedDir(): string {
  return resolve(process.env['SITROOM_SHARED'] ?? join(repoDir(), '..', 'shared'));
}

/** The data the program ships (dictionaries, gazetteers, models), under `data/` in the repository. */
export function dataDir(): string {
  return join(repoDir(), 'data');
}
