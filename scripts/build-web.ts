import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyViewAssets } from './build-world.js';

/** The repository root: the nearest folder with a package.json, whether this runs from scripts/ or dist/. */
export const REPO_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(dir: string): string {
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
/** Where the UI's static assets go; `src/api/routes/ui.ts` serves them from here. */
export const WEB_OUT = join(REPO_ROOT, 'dist', 'web');

const WEB_SRC = join(REPO_ROOT, 'src', 'web');
/** Files served as they are, beside the bundle. */
const STATIC_FILES = ['index.html', 'app.css'];

/**
 * Bundles the UI (src/web/main.ts and everything it imports) into one ES module, minified, with no
 * external imports left: the page must load nothing from any other host (issue 6, "works offline").
 */
export async function buildWeb(outDir = WEB_OUT): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [join(WEB_SRC, 'main.ts')],
    outfile: join(outDir, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    tsconfig: join(WEB_SRC, 'tsconfig.json'),
    logLevel: 'warning',
    write: false,
  });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  for (const file of STATIC_FILES) writeAtomically(join(outDir, file), readFileSync(join(WEB_SRC, file)));
  // The views' own files (map shapes, views.css), listed by their owner in scripts/build-world.ts.
  copyViewAssets(outDir);
}

/**
 * Write then rename: the browser tests build in parallel processes (test/ui/*.test.ts) while a server
 * may be reading the same file, and a half-written bundle must never be served.
 */
function writeAtomically(path: string, contents: Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildWeb();
}
