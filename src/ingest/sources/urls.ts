import { FetchError } from '../../core/errors.js';
import { sha256Hex } from '../../stages/dedup/index.js';
import { FEED_ACCEPT, fetchUrl } from '../../stages/fetch/index.js';
import { looksLikeFeed, parseFeed } from '../feeds/parse.js';
import type { IngestItem } from '../item.js';
import { feedItem, type FeedContext } from './feed-items.js';

/**
 * A URL: a feed (RSS/Atom, told by its root element) gives its items, a page gives itself. The fetch is
 * conditional on the last one's ETag / Last-Modified, and a body with the same hash as last time is
 * skipped. The new fetch state is saved by the loop (the checkpoint item) only once every item of the
 * URL is stored, so a run killed half-way re-reads the feed instead of trusting a 304.
 */
export async function* urlItems(url: string, ctx: FeedContext): AsyncGenerator<IngestItem> {
  const base = { source: url, group: url };
  const previous = await ctx.store.getFetchState(url);
  let fetched;
  try {
    fetched = await fetchUrl(url, ctx.fetch, {
      accept: FEED_ACCEPT,
      etag: previous?.etag ?? null,
      lastModified: previous?.lastModified ?? null,
    });
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    yield { kind: 'failed', ...base, ruleId: error.ruleId, reason: error.message };
    return;
  }
  if (fetched.notModified) {
    yield { kind: 'unchanged', ...base, reason: 'ingest/not-modified' };
    return;
  }
  const bodyHash = sha256Hex(fetched.bytes);
  const state = { url, etag: fetched.etag, lastModified: fetched.lastModified, bodyHash };
  if (previous?.bodyHash === bodyHash) {
    yield { kind: 'unchanged', ...base, reason: 'ingest/unchanged-body' };
  } else {
    const body = Buffer.from(fetched.bytes).toString('utf8');
    if (looksLikeFeed(body)) {
      for (const item of parseFeed(body)?.items ?? []) {
        const result = await feedItem(item, url, ctx);
        if (result) yield result;
      }
    } else {
      const raw = {
        content: fetched.bytes,
        contentType: fetched.contentType ?? 'text/html',
        sourceUrl: fetched.url,
      };
      const input = { bytes: fetched.bytes, contentType: fetched.contentType, url: fetched.url };
      yield { kind: 'input', ...base, raw, input };
    }
  }
  yield { kind: 'checkpoint', ...base, state };
}
