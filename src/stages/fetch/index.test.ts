import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { FetchError } from '../../core/errors.js';
import { fetchUrl, type FetchOptions } from './index.js';
import { guardedLookup } from './lookup.js';
import { startServer, type TestServer } from './__fixtures__/test-server.js';

const PAGE = '<html><head><title>Test</title></head><body><p>Hello</p></body></html>';
const KIB = 1024;

/** Routes of the local test server, one per behaviour under test. */
const routes: Record<string, (res: ServerResponse, path: string) => void> = {
  '/page': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  '/gzip': (res) =>
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE)),
  '/redirect-once': (res) => res.writeHead(302, { location: '/page' }).end(),
  '/redirect-forever': (res, path) => res.writeHead(301, { location: `${path}/x` }).end(),
  '/never-answers': () => undefined,
  '/trickle': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const timer = setInterval(() => res.write('.'), 20);
    res.on('close', () => clearInterval(timer));
  },
  '/endless': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(16 * KIB, 'a');
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
    };
    res.on('drain', pump);
    pump();
  },
  '/declared-large': (res) => res.writeHead(200, { 'content-length': String(10 * 1024 * KIB) }).end(),
  '/gzip-bomb': (res) =>
    res
      .writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
      .end(gzipSync(Buffer.alloc(8 * 1024 * KIB))),
  '/bad-gzip': (res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end('not gzip at all'),
  '/error': (res) => res.writeHead(500).end('boom'),
  '/unconditional-304': (res) => res.writeHead(304).end(),
};

const VALIDATED = { etag: '"v1"', lastModified: 'Mon, 01 Jul 2024 10:00:00 GMT' };

let server: TestServer;
before(async () => {
  server = await startServer((req, res) => {
    const path = req.url ?? '/';
    // A feed with validators: 304 when either one the client sends matches, else the body and both.
    if (path === '/validated') {
      const fresh =
        req.headers['if-none-match'] === VALIDATED.etag ||
        req.headers['if-modified-since'] === VALIDATED.lastModified;
      if (fresh) return res.writeHead(304).end();
      const headers = { etag: VALIDATED.etag, 'last-modified': VALIDATED.lastModified };
      return res.writeHead(200, { ...headers, 'content-type': 'application/rss+xml' }).end('<rss/>');
    }
    if (path === '/accept') return res.writeHead(200).end(req.headers.accept ?? '');
    // Routes are keyed by the first path segment, so /redirect-forever/x/x… stays on its route.
    const route = routes[`/${path.split('/')[1] ?? ''}`];
    if (route) route(res, path);
    else res.writeHead(404).end();
  });
});
after(() => server.close());

/** Local tests must allow loopback; short limits keep every failure case quick. */
const local: FetchOptions = { allowPrivate: true, timeoutMs: 3000, idleTimeoutMs: 1000, maxBytes: 256 * KIB };

async function fetchError(url: string, options: FetchOptions): Promise<FetchError> {
  const error: unknown = await fetchUrl(url, options).then(
    () => assert.fail(`expected ${url} to fail`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof FetchError, `expected a FetchError, got ${String(error)}`);
  return error;
}

test('fetchUrl returns the bytes, the content type and the final URL', async () => {
  const fetched = await fetchUrl(`${server.url}/page`, local);
  assert.equal(Buffer.from(fetched.bytes).toString('utf8'), PAGE);
  assert.equal(fetched.contentType, 'text/html; charset=utf-8');
  assert.equal(fetched.url, `${server.url}/page`);
});

test('fetchUrl decompresses a gzip body', async () => {
  const fetched = await fetchUrl(`${server.url}/gzip`, local);
  assert.equal(Buffer.from(fetched.bytes).toString('utf8'), PAGE);
});

test('fetchUrl follows a redirect and reports where it ended', async () => {
  const fetched = await fetchUrl(`${server.url}/redirect-once`, local);
  assert.equal(fetched.url, `${server.url}/page`);
});

const failures: [label: string, path: string, options: FetchOptions, ruleId: string][] = [
  ['a redirect loop', '/redirect-forever', local, 'fetch/too-many-redirects'],
  [
    'a server that never answers (idle timeout)',
    '/never-answers',
    { ...local, idleTimeoutMs: 200 },
    'fetch/timeout',
  ],
  [
    'a server that trickles forever (total timeout)',
    '/trickle',
    { ...local, timeoutMs: 500 },
    'fetch/timeout',
  ],
  ['a body streaming past the limit', '/endless', local, 'fetch/too-large'],
  ['a declared Content-Length over the limit', '/declared-large', local, 'fetch/too-large'],
  ['a gzip body inflating past the limit', '/gzip-bomb', local, 'fetch/too-large'],
  ['a body that is not the gzip it claims', '/bad-gzip', local, 'fetch/bad-encoding'],
  ['an HTTP 500', '/error', local, 'fetch/http-status'],
  ['an HTTP 404', '/missing', local, 'fetch/http-status'],
];

for (const [label, path, options, ruleId] of failures) {
  test(`fetchUrl fails with ${ruleId} on ${label}`, async () => {
    assert.equal((await fetchError(`${server.url}${path}`, options)).ruleId, ruleId);
  });
}

test('fetchUrl refuses the local server without allowPrivate, by IP and by name', async () => {
  const port = new URL(server.url).port;
  for (const url of [`${server.url}/page`, `http://localhost:${port}/page`]) {
    assert.equal((await fetchError(url, { timeoutMs: 2000 })).ruleId, 'fetch/private-address', url);
  }
});

// Unroutable or unbound in the test environment: a connect attempt would time out or be refused,
// so fetch/private-address proves the refusal came first.
const refusedHosts = [
  'http://10.0.0.1/',
  'http://192.168.1.1/',
  'http://169.254.169.254/latest/meta-data/',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://0.0.0.0/',
  'http://2130706433/',
];

for (const url of refusedHosts) {
  test(`fetchUrl refuses ${url} without connecting`, async () => {
    assert.equal((await fetchError(url, { timeoutMs: 2000 })).ruleId, 'fetch/private-address');
  });
}

const badUrls: [label: string, url: string, ruleId: string][] = [
  ['a file URL', 'file:///etc/passwd', 'fetch/bad-scheme'],
  ['an FTP URL', 'ftp://example.com/a.html', 'fetch/bad-scheme'],
  ['not a URL', 'example.com/page', 'fetch/bad-url'],
];

for (const [label, url, ruleId] of badUrls) {
  test(`fetchUrl fails with ${ruleId} on ${label}`, async () => {
    assert.equal((await fetchError(url, {})).ruleId, ruleId);
  });
}

test('guardedLookup refuses a name that resolves to loopback', async () => {
  const error = await new Promise<unknown>((resolve) =>
    guardedLookup()('localhost', { all: true }, (e) => resolve(e)),
  );
  assert.ok(error instanceof FetchError);
  assert.equal(error.ruleId, 'fetch/private-address');
});

test('fetchUrl returns the validators a response carries, and a page without them has none', async () => {
  const feed = await fetchUrl(`${server.url}/validated`, local);
  assert.deepEqual(
    [feed.etag, feed.lastModified, feed.notModified],
    [VALIDATED.etag, VALIDATED.lastModified, false],
  );
  const page = await fetchUrl(`${server.url}/page`, local);
  assert.deepEqual([page.etag, page.lastModified], [null, null]);
});

/** Conditional requests: each case the validators sent and whether the server's answer is "not modified". */
const conditionalCases = [
  { label: 'matching ETag', request: { etag: VALIDATED.etag }, notModified: true },
  { label: 'matching Last-Modified', request: { lastModified: VALIDATED.lastModified }, notModified: true },
  { label: 'stale ETag', request: { etag: '"v0"' }, notModified: false },
  { label: 'no validators', request: {}, notModified: false },
];
for (const { label, request, notModified } of conditionalCases) {
  test(`fetchUrl with ${label}: notModified is ${notModified}`, async () => {
    const fetched = await fetchUrl(`${server.url}/validated`, local, request);
    assert.equal(fetched.notModified, notModified);
    assert.equal(fetched.status, notModified ? 304 : 200);
    assert.equal(fetched.bytes.byteLength, notModified ? 0 : '<rss/>'.length);
  });
}

test('fetchUrl fails on a 304 it did not ask for (no validators sent)', async () => {
  assert.equal((await fetchError(`${server.url}/unconditional-304`, local)).ruleId, 'fetch/http-status');
});

test('fetchUrl sends the Accept header a request names, a page Accept otherwise', async () => {
  const feed = await fetchUrl(`${server.url}/accept`, local, { accept: 'application/rss+xml' });
  assert.equal(Buffer.from(feed.bytes).toString('utf8'), 'application/rss+xml');
  const page = await fetchUrl(`${server.url}/accept`, local);
  assert.match(Buffer.from(page.bytes).toString('utf8'), /^text\/html/);
});
