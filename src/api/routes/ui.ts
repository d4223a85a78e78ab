import { Hono, type Context } from 'hono';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The UI's Content-Security-Policy: scripts, styles, fetches and images from this server only, nothing
 * inline (the page has no inline script or style attribute), no plugins, no <base> rewrites, no framing.
 * An article's own markup is never parsed into the page (src/web renders text nodes), and if some of it
 * ever were, this policy would still refuse to run it.
 */
export const UI_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Client-side pages: each serves the same shell and src/web/main.ts routes on the path. */
export const UI_PAGES = ['/', '/event/:id', '/article/:id', '/saved', '/timeline', '/map', '/network'];

const ASSET_NAME = /^[a-z0-9][a-z0-9.-]*\.(?<ext>js|css|map|json|svg|png)$/;
const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
};

/** dist/web under the repository root, found from this file whether it runs from src/ (tsx) or dist/. */
export function defaultWebDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'web');
}

/** The web UI: the page shell on every UI path, built assets under /assets, all with the UI's CSP. */
export function uiRoutes(webDir = defaultWebDir()): Hono {
  // The CSP is set per response, not by middleware: mounted at '/', a '*' middleware would reach /api/v1 too.
  const app = new Hono();
  for (const path of UI_PAGES) app.get(path, (c) => sendFile(c, join(webDir, 'index.html'), 'html'));
  app.get('/assets/:name', async (c) => {
    const name = c.req.param('name');
    const ext = ASSET_NAME.exec(name)?.groups?.['ext'];
    if (ext === undefined) return c.text('no such asset', 404, { 'Content-Security-Policy': UI_CSP });
    return sendFile(c, join(webDir, name), ext);
  });
  return app;
}

async function sendFile(c: Context, path: string, ext: string): Promise<Response> {
  const csp = { 'Content-Security-Policy': UI_CSP };
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch {
    if (ext === 'html') return c.text('the web UI is not built: run `npm run build`', 503, csp);
    return c.text('no such asset', 404, csp);
  }
  const type =
    ext === 'html' ? 'text/html; charset=utf-8' : (CONTENT_TYPES[ext] ?? 'application/octet-stream');
  // The shell changes with every build; the assets are small and local, so nothing is cached for long.
  return c.body(new Uint8Array(body), 200, { ...csp, 'Content-Type': type, 'Cache-Control': 'no-cache' });
}
