import { emptyArticle, type Article, type ExtractHints } from '../article.js';

// STUB: replaced by the HTML extractor.
export function extractHtml(html: string, _hints: ExtractHints): Article {
  return { ...emptyArticle(), text: html.replace(/<[^>]*>/g, ' ') };
}
