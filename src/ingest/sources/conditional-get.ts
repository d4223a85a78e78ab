import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { FetchError } from '../../core/errors.js';
import { blockedReason, unbracket } from '../../stages/fetch/address.js';
import { readBody } from '../../stages/fetch/body.js';
import { FETCH_DEFAULTS, type FetchOptions } from '../../stages/fetch/index.js';
import { guardedLookup, privateAddressError } from '../../stages/fetch/lookup.js';
import type { FetchState } from '../../store/index.js';

export type ConditionalResult =
  | { notModified: true }
  | {
      notModified: false;
      bytes: Uint8Array;
      contentType: string | null;
      url: string;
      etag: string | null;
      lastModified: string | null;
    };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, text/plain;q=0.8, */*;q=0.5';

type Settings = Required<Omit<FetchOptions, 'signal'>>;

/**
 * A GET that sends the validators of the last fetch (If-None-Match / If-Modified-Since) and reports a
 * 304 as "not modified" instead of an error. Same guards as the fetch stage's fetchUrl (public addresses
 * only, checked per hop; redirect cap; total and idle timeouts; size cap), whose pieces it reuses;
 * fetchUrl has no way to send request headers or pass a 304 through, hence this second entry point.
 */
export async function conditionalGet(
  url: string,
  state: FetchState | null,
  options: FetchOptions = {},
): Promise<ConditionalResult> {
  const { signal: _signal, ...rest } = options;
  const settings: Settings = { ...FETCH_DEFAULTS, ...rest };
  const abort = new AbortController();
  const timer = setTimeout(
    () =>
      abort.abort(new FetchError('fetch/timeout', `no complete response within ${settings.timeoutMs} ms`)),
    settings.timeoutMs,
  );
  try {
    return await follow(target(url, settings), validators(state), settings, abort);
  } catch (error) {
    if (abort.signal.aborted) throw abort.signal.reason;
    if (error instanceof FetchError) throw error;
    const code = (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
    throw new FetchError('fetch/network', `cannot fetch ${url}: ${code}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

function validators(state: FetchState | null): Record<string, string> {
  const headers: Record<string, string> = {};
  if (state?.etag) headers['if-none-match'] = state.etag;
  if (state?.lastModified) headers['if-modified-since'] = state.lastModified;
  return headers;
}

async function follow(
  url: URL,
  conditional: Record<string, string>,
  settings: Settings,
  abort: AbortController,
): Promise<ConditionalResult> {
  for (let hops = 0; ; hops++) {
    const res = await send(url, conditional, settings, abort);
    const status = res.statusCode ?? 0;
    if (status === 304) {
      res.resume();
      return { notModified: true };
    }
    if (REDIRECTS.has(status) && res.headers.location) {
      res.resume();
      if (hops >= settings.maxRedirects)
        throw new FetchError('fetch/too-many-redirects', `more than ${settings.maxRedirects} redirects`);
      url = target(new URL(res.headers.location, url).href, settings);
      continue;
    }
    if (status < 200 || status > 299) {
      res.resume();
      throw new FetchError('fetch/http-status', `HTTP ${status} from ${url.href}`);
    }
    return {
      notModified: false,
      bytes: await readBody(res, settings.maxBytes),
      contentType: res.headers['content-type'] ?? null,
      url: url.href,
      etag: header(res, 'etag'),
      lastModified: header(res, 'last-modified'),
    };
  }
}

const header = (res: IncomingMessage, name: string): string | null => {
  const value = res.headers[name];
  return typeof value === 'string' && value !== '' ? value : null;
};

function target(url: string, settings: Settings): URL {
  if (!URL.canParse(url)) throw new FetchError('fetch/bad-url', `not a URL: ${url}`);
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new FetchError(
      'fetch/bad-scheme',
      `only http and https URLs can be fetched, not ${parsed.protocol}`,
    );
  const host = unbracket(parsed.hostname);
  if (!settings.allowPrivate && blockedReason(host)) throw privateAddressError(host, host);
  return parsed;
}

function send(
  url: URL,
  conditional: Record<string, string>,
  settings: Settings,
  abort: AbortController,
): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      headers: {
        'user-agent': 'sitroom/0.1 (news event extraction)',
        accept: ACCEPT,
        'accept-encoding': 'gzip, deflate, br',
        ...conditional,
      },
      agent: false,
      signal: abort.signal,
      timeout: settings.idleTimeoutMs,
      ...(settings.allowPrivate ? {} : { lookup: guardedLookup() }),
    });
    req.on('timeout', () =>
      abort.abort(
        new FetchError('fetch/timeout', `no data from ${url.host} for ${settings.idleTimeoutMs} ms`),
      ),
    );
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}
