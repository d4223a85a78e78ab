import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { UI_CSP, uiRoutes } from './ui.js';

const dir = mkdtempSync(join(tmpdir(), 'sitroom-ui-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>shell</title>');
writeFileSync(join(dir, 'app.js'), 'export {};');
writeFileSync(join(dir, '.env'), 'SECRET=1');
after(() => rmSync(dir, { recursive: true, force: true }));
const app = uiRoutes(dir);

const SERVED: Array<{ label: string; path: string; type: RegExp }> = [
  { label: 'home', path: '/', type: /^text\/html/ },
  { label: 'event page', path: '/event/abc', type: /^text\/html/ },
  { label: 'article page with a query', path: '/article/x?hl=1-5', type: /^text\/html/ },
  { label: 'a view slot', path: '/timeline?actor=PRK', type: /^text\/html/ },
  { label: 'the bundle', path: '/assets/app.js', type: /^text\/javascript/ },
];

for (const { label, path, type } of SERVED) {
  test(`ui serves ${label} with the UI's CSP`, async () => {
    const res = await app.request(path);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('Content-Type') ?? '', type);
    assert.equal(res.headers.get('Content-Security-Policy'), UI_CSP);
  });
}

const REFUSED: Array<{ label: string; path: string }> = [
  { label: 'a dot file', path: '/assets/.env' },
  { label: 'a path out of the folder', path: '/assets/..%2Findex.html' },
  { label: 'an unknown extension', path: '/assets/index.html' },
  { label: 'a missing asset', path: '/assets/nothing.js' },
];

for (const { label, path } of REFUSED) {
  test(`ui refuses ${label}`, async () => {
    const res = await app.request(path);
    assert.equal(res.status, 404);
    assert.doesNotMatch(await res.text(), /SECRET|shell/);
  });
}

test('the UI CSP allows nothing inline and nothing from another host', () => {
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ]) {
    assert.ok(UI_CSP.includes(directive), directive);
  }
  assert.doesNotMatch(UI_CSP, /unsafe-inline|unsafe-eval|https?:|\*/);
});

test('ui says to build when the shell is missing', async () => {
  const res = await uiRoutes(join(dir, 'missing')).request('/');
  assert.equal(res.status, 503);
  assert.match(await res.text(), /npm run build/);
});
