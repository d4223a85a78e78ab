import { stableStringify } from '../../cli/output.js';
import { FetchError } from '../../core/errors.js';
import { fetchUrl, type FetchOptions } from '../../stages/fetch/index.js';
import type { EventStore } from '../../store/index.js';
import type { FeedItem } from '../feeds/parse.js';
import { RECORD_TYPE, type IngestItem } from '../item.js';
import { recordInput } from './record.js';

export interface FeedContext {
  store: EventStore;
  fetch: FetchOptions;
  /** Fetch the article page of an item that carries only a summary (the default). */
  fetchArticles: boolean;
}

/**
 * One feed item as an ingest item. With its full body (content:encoded, Atom content) the item is a
 * record (stored as JSON, like a JSONL line). With only a teaser, the linked page is fetched, once:
 * an item already stored is not fetched again when the feed changes for other items.
 */
export async function feedItem(item: FeedItem, feed: string, ctx: FeedContext): Promise<IngestItem | null> {
  const source = `${feed}#${item.id}`;
  const base = { source, group: feed };
  const pageOnly = !item.content && item.link !== null && ctx.fetchArticles;
  if (!pageOnly) return recordItem(item, source, feed);
  if (await ctx.store.findIngested(source)) return null;
  try {
    const page = await fetchUrl(item.link ?? '', ctx.fetch);
    return {
      kind: 'input',
      ...base,
      raw: { content: page.bytes, contentType: page.contentType ?? 'text/html', sourceUrl: page.url },
      input: {
        bytes: page.bytes,
        contentType: page.contentType,
        url: page.url,
        ...(item.title ? { title: item.title } : {}),
        ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
      },
    };
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    return { kind: 'failed', ...base, ruleId: error.ruleId, reason: error.message };
  }
}

function recordItem(item: FeedItem, source: string, feed: string): IngestItem {
  const record = {
    id: item.id,
    url: item.link,
    title: item.title,
    publishedAt: item.publishedAt,
    html: item.content ?? item.summary ?? '',
  };
  const input = recordInput(record);
  if (!input)
    return {
      kind: 'failed',
      source,
      group: feed,
      ruleId: 'ingest/empty-item',
      reason: `${source}: no content`,
    };
  return {
    kind: 'input',
    source,
    group: feed,
    raw: { content: stableStringify(record), contentType: RECORD_TYPE, sourceUrl: item.link },
    input,
  };
}
