import { message } from '../../../core/message.js';
import type { Image } from '../../../core/document.js';
import { emptyArticle, type Article, type ExtractHints } from '../article.js';
import { normalizeDate } from '../shared/dates.js';
import { applyBlockRules } from './block-rules.js';
import { textBlocks } from './blocks.js';
import { parseByline } from '../shared/byline.js';
import { bylineNames } from './byline.js';
import type { Element } from './dom.js';
import { readJsonLd } from './json-ld.js';
import { gatherFacts, readMetadata } from './metadata.js';
import { prune, type PruneResult } from './prune.js';
import { scoreCandidates } from './score.js';
import { selectArticle } from './select.js';
import { parseHtml } from './tree-builder.js';

/** News pages in, the article's text and metadata out (sitroom's own extractor, see README). */
export function extractHtml(html: string, hints: ExtractHints): Article {
  const article = emptyArticle();
  // 1. Parse into the light DOM (linear, depth-capped).
  const page = parseHtml(html);
  // 2. Metadata from meta tags, JSON-LD, <time> and byline elements, before pruning hides them.
  const ld = readJsonLd(page.jsonLd);
  const facts = gatherFacts(page.root);
  const meta = readMetadata(facts, ld, hints.url);
  Object.assign(article, meta);
  // 3. Remove chrome, hidden and boilerplate-classed elements; figures become images.
  const pruned = prune(page.root, hints.url);
  // 4. Score paragraphs into their ancestors and pick the article's elements.
  const chosen = selectArticle(scoreCandidates(page.root));
  // 5. Text block by block, dropping lines that are bylines, timestamps, credits or boilerplate.
  const title = meta.title ? meta.title.toLowerCase().replace(/\s+/g, ' ').trim() : null;
  const { kept, dropped } = applyBlockRules(textBlocks(chosen), { title });
  article.text = kept.map((b) => b.text).join('\n\n');
  // 6. Fill what metadata lacked from the dropped lines (a visible byline or dateline).
  fillFromDroppedLines(article, dropped);
  article.images = imagesNear(pruned, chosen);
  // 7. A page whose body is drawn by script still states it in JSON-LD articleBody: use it when the DOM gave nothing.
  if (!article.text && ld?.articleBody) {
    article.text = ld.articleBody
      .split(/\n\s*\n|\r?\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p.length > 0)
      .join('\n\n');
    article.messages.push(
      message('info', 'extract/ld-article-body', 'article text taken from the JSON-LD articleBody'),
    );
  }
  if (!article.text) {
    article.messages.push(message('warning', 'extract/no-article', 'no article text found in the HTML page'));
  }
  return article;
}

/**
 * A dropped "By …" line names the authors; any other dropped line does only when it also carries an
 * e-mail ("칼럼니스트 박생강 pillgoo9@gmail.com", dropped as a link block for its mailto link), so a
 * teaser's "By Jane Doe" in a related-stories list never becomes the article's byline.
 */
function fillFromDroppedLines(article: Article, dropped: { block: { text: string }; rule: string }[]): void {
  for (const { block, rule } of dropped) {
    if (article.byline.length === 0) {
      const parsed = parseByline(block.text);
      if (rule === 'extract/byline-line') article.byline = parsed?.names ?? bylineNames(block.text);
      else if (parsed && parsed.emails.length > 0) article.byline = parsed.names;
      if (parsed && article.byline.length > 0)
        article.authorEmails = [...new Set([...article.authorEmails, ...parsed.emails])];
    }
    if (rule === 'extract/timestamp-line' && !article.publishedAt)
      article.publishedAt = normalizeDate(block.text);
  }
}

/** Images whose figure sits in the article or beside it (under the article's parent). */
function imagesNear(pruned: PruneResult, chosen: Element[]): Image[] {
  const scope = new Set<Element>();
  for (const c of chosen) {
    scope.add(c);
    if (c.parent && c.parent.tag !== 'body' && c.parent.tag !== '#root') scope.add(c.parent);
  }
  const out: Image[] = [];
  for (const { el, image } of pruned.images) {
    for (let a = el.parent; a; a = a.parent) {
      if (scope.has(a)) {
        out.push(image);
        break;
      }
    }
  }
  return out;
}
