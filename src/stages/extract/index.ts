import { emptyDocument, type Document } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { emptyArticle, type Article } from './article.js';
import { decodeInput } from './decode.js';
import { extractHtml } from './html/index.js';
import type { RawInput } from './input.js';
import { extractText } from './text/index.js';
import { detectLanguage } from '../language/index.js';

export type { RawInput } from './input.js';

/** Raw bytes, HTML or scraped text in; the article fields of a Document out. */
export const extractStage: Stage<RawInput, Document> = {
  name: 'extract',
  version: 1,
  run(input, ctx) {
    // 1. Decode bytes to a string and say whether it is HTML or text; binary input stops here.
    const decoded = decodeInput(input, input.maxBytes === undefined ? {} : { maxBytes: input.maxBytes });
    for (const m of decoded.messages) ctx.report(m);
    // 2. Pull the article out with the extractor for that kind.
    const hints = {
      url: input.url ?? null,
      title: input.title ?? null,
      publishedAt: input.publishedAt ?? null,
    };
    let article: Article = emptyArticle();
    if (decoded.kind === 'html') article = extractHtml(decoded.content, hints);
    else if (decoded.kind === 'text') article = extractText(decoded.content, hints);
    for (const m of article.messages) ctx.report(m);
    // 3. What the caller gave (a feed's title and date) wins over what the page says.
    const { messages: _, ...fields } = article;
    const doc: Document = { ...emptyDocument(), ...fields, url: input.url ?? null };
    if (input.title) doc.title = input.title;
    if (input.publishedAt) doc.publishedAt = input.publishedAt;
    // 4. Language of the clean text.
    doc.language = detectLanguage(`${doc.title ?? ''}\n${doc.text}`);
    return doc;
  },
};
