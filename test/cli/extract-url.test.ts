import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { Document } from '../../src/core/document.js';
import { startServer, type TestServer } from '../../src/stages/fetch/__fixtures__/test-server.js';
import { runCli, stderrRuleId } from './run-cli.js';

const PAGE = `<html><head><title>Envoys meet in Seoul</title></head><body><article><h1>Envoys meet in Seoul</h1>
<p>The top nuclear envoys of South Korea and the United States met in Seoul on Thursday, officials said.</p>
</article></body></html>`;

const routes: Record<string, (res: ServerResponse) => void> = {
  '/page': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  '/moved': (res) => res.writeHead(301, { location: '/page' }).end(),
  '/loop': (res) => res.writeHead(302, { location: '/loop' }).end(),
  '/error': (res) => res.writeHead(500).end(),
  '/silent': () => undefined,
};

let server: TestServer;
before(async () => {
  server = await startServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (route) route(res);
    else res.writeHead(404).end();
  });
});
after(() => server.close());

describe('sitroom extract URL against a local server', { concurrency: 3 }, () => {
  test('is refused without --allow-private', async () => {
    const { code, stderr } = await runCli(['extract', `${server.url}/page`]);
    assert.equal(code, 3);
    assert.equal(stderrRuleId(stderr), 'fetch/private-address');
  });

  test('with --allow-private: fetched, extracted, final URL after a redirect', async () => {
    const { code, stdout, stderr } = await runCli([
      'extract',
      `${server.url}/moved`,
      '--allow-private',
      '--json',
    ]);
    assert.equal(code, 0, stderr);
    const doc = JSON.parse(stdout) as Document;
    assert.equal(doc.url, `${server.url}/page`);
    assert.ok(doc.text.includes('nuclear envoys'), doc.text);
  });

  const failures: [label: string, path: string, extra: string[], ruleId: string][] = [
    ['redirects forever', '/loop', [], 'fetch/too-many-redirects'],
    ['returns 500', '/error', [], 'fetch/http-status'],
    ['never answers (--timeout)', '/silent', ['--timeout', '500'], 'fetch/timeout'],
  ];
  for (const [label, path, extra, ruleId] of failures) {
    test(`a server that ${label}: exit 3 and ${ruleId}`, async () => {
      const { code, stderr } = await runCli(['extract', `${server.url}${path}`, '--allow-private', ...extra]);
      assert.equal(code, 3);
      assert.equal(stderrRuleId(stderr), ruleId);
    });
  }
});
