import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { FetchError } from '../../core/errors.js';
import { blockedReason, unbracket } from './address.js';
import { readBody } from './body.js';
import { guardedLookup, privateAddressError } from './lookup.js';

export interface FetchOptions {
  /** Allow loopback, private, link-local and other non-public addresses (tests, intranet mirrors). */
  allowPrivate?: boolean;
  /** The whole fetch, redirects and body included, in milliseconds. */
  timeoutMs?: number;
  /** Longest silence from the server (connecting, headers or body), in milliseconds. */
  idleTimeoutMs?: number;
  /** Largest body accepted, on the wire and after decompression. */
  maxBytes?: number;
  maxRedirects?: number;
  signal?: AbortSignal;
}

/**
 * What one request asks beyond the guards: what it accepts, and the validators of the last fetch of the
 * same URL, which make it conditional (If-None-Match / If-Modified-Since; a feed poll).
 */
export interface FetchRequest {
  accept?: string;
  etag?: string | null;
  lastModified?: string | null;
}

/**
 * A fetched page: the body bytes, its Content-Type, the URL it was finally served from and the
 * validators to send next time. `notModified` is a 304 to a conditional request: no body, nothing new.
 */
export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  url: string;
  status: number;
  etag: string | null;
  lastModified: string | null;
  notModified: boolean;
}

export const FETCH_DEFAULTS = {
  allowPrivate: false,
  timeoutMs: 30_000,
  idleTimeoutMs: 10_000,
  maxBytes: 16 * 1024 * 1024,
  maxRedirects: 5,
} as const;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const HEADERS = {
  'user-agent': 'sitroom/0.1 (news event extraction)',
  accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
  'accept-encoding': 'gzip, deflate, br',
};

/** What a feed poll accepts: feeds first, then a page (a URL given to ingest may be either). */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, text/plain;q=0.8, */*;q=0.5';

type Settings = Required<Omit<FetchOptions, 'signal'>>;

/**
 * Fetches an http(s) URL with the guards a server-side fetcher needs: public addresses only (unless
 * allowed), checked on every redirect hop; a redirect cap; total and idle timeouts; a body size cap.
 * Every failure is a FetchError whose ruleId names it (fetch/private-address, fetch/timeout, …).
 * The one fetch of sitroom: `extract URL`, ingest of pages and feed items, and feed polls, which send
 * the last validators in `request` and get a 304 back as `notModified` instead of an error.
 */
export async function fetchUrl(
  url: string,
  options: FetchOptions = {},
  request: FetchRequest = {},
): Promise<Fetched> {
  const { signal, ...rest } = options;
  const settings: Settings = { ...FETCH_DEFAULTS, ...rest };
  const abort = new AbortController();
  const timer = setTimeout(
    () =>
      abort.abort(new FetchError('fetch/timeout', `no complete response within ${settings.timeoutMs} ms`)),
    settings.timeoutMs,
  );
  const onAbort = () => abort.abort(new FetchError('fetch/aborted', 'the fetch was cancelled'));
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await follow(parseTarget(url, settings), requestHeaders(request), settings, abort);
  } catch (error) {
    if (abort.signal.aborted) throw abort.signal.reason;
    if (error instanceof FetchError) throw error;
    throw networkError(url, error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The request's headers: the defaults, its Accept, and its validators when it has them. */
function requestHeaders(request: FetchRequest): Record<string, string> {
  return {
    ...HEADERS,
    ...(request.accept ? { accept: request.accept } : {}),
    ...(request.etag ? { 'if-none-match': request.etag } : {}),
    ...(request.lastModified ? { 'if-modified-since': request.lastModified } : {}),
  };
}

/** Requests `target`, following redirects up to the cap; each hop is parsed and checked afresh. */
async function follow(
  target: URL,
  headers: Record<string, string>,
  settings: Settings,
  abort: AbortController,
): Promise<Fetched> {
  const conditional = 'if-none-match' in headers || 'if-modified-since' in headers;
  for (let hops = 0; ; hops++) {
    const res = await send(target, headers, settings, abort);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status === 304 && conditional) {
      res.resume();
      return {
        ...validators(res),
        bytes: new Uint8Array(),
        contentType: null,
        url: target.href,
        status,
        notModified: true,
      };
    }
    if (REDIRECT_STATUSES.has(status) && location) {
      res.resume();
      if (hops >= settings.maxRedirects) {
        throw new FetchError(
          'fetch/too-many-redirects',
          `more than ${settings.maxRedirects} redirects from ${target.href}`,
        );
      }
      target = parseTarget(new URL(location, target).href, settings);
      continue;
    }
    if (status < 200 || status > 299) {
      res.resume();
      throw new FetchError(
        'fetch/http-status',
        `HTTP ${status} ${res.statusMessage ?? ''} from ${target.href}`.trim(),
      );
    }
    const bytes = await readBody(res, settings.maxBytes);
    const contentType = res.headers['content-type'] ?? null;
    return { ...validators(res), bytes, contentType, url: target.href, status, notModified: false };
  }
}

/** The ETag and Last-Modified a response carries, to send back on the next fetch. */
function validators(res: IncomingMessage): { etag: string | null; lastModified: string | null } {
  const header = (name: string) => {
    const value = res.headers[name];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  return { etag: header('etag'), lastModified: header('last-modified') };
}

/** Parses a URL and checks what can be checked before connecting: the scheme and literal IP hosts. */
function parseTarget(url: string, settings: Settings): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch (error) {
    throw new FetchError('fetch/bad-url', `not a URL: ${url}`, { cause: error });
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new FetchError(
      'fetch/bad-scheme',
      `only http and https URLs can be fetched, not ${target.protocol}`,
    );
  }
  const host = unbracket(target.hostname);
  if (!settings.allowPrivate && blockedReason(host)) throw privateAddressError(host, host);
  return target;
}

/** One request; resolves with the response head, or rejects on connect errors and timeouts. */
function send(
  target: URL,
  headers: Record<string, string>,
  settings: Settings,
  abort: AbortController,
): Promise<IncomingMessage> {
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(target, {
      headers,
      // No connection pooling: a kept-alive socket would outlive the fetch and its timeouts.
      agent: false,
      signal: abort.signal,
      timeout: settings.idleTimeoutMs,
      ...(settings.allowPrivate ? {} : { lookup: guardedLookup() }),
    });
    req.on('timeout', () =>
      abort.abort(
        new FetchError('fetch/timeout', `no data from ${target.host} for ${settings.idleTimeoutMs} ms`),
      ),
    );
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

function networkError(url: string, error: unknown): FetchError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why = code ?? (error instanceof Error ? error.message : String(error));
  return new FetchError('fetch/network', `cannot fetch ${url}: ${why}`, { cause: error });
}
