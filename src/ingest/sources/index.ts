import type { IngestItem } from '../item.js';
import type { FeedContext } from './feed-items.js';
import { pathItems, stdinItems } from './files.js';
import { urlItems } from './urls.js';

export type { FeedContext as SourceContext } from './feed-items.js';

/** Anything with a scheme is a URL (fetch refuses the schemes it does not speak); the rest are paths. */
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Every item of every source, in the order given: `-` is JSONL on stdin, URLs are fetched, paths read. */
export async function* sourceItems(sources: readonly string[], ctx: FeedContext): AsyncGenerator<IngestItem> {
  for (const source of sources) {
    if (source === '-') yield* stdinItems();
    else if (URL_LIKE.test(source)) yield* urlItems(source, ctx);
    else yield* pathItems(source, ctx);
  }
}
