import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from this file's place in it (scripts/). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
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
  await build({
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
  });
  for (const file of STATIC_FILES) copyFileSync(join(WEB_SRC, file), join(outDir, file));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildWeb();
}
