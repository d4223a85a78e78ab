import { emptyArticle, type Article, type ExtractHints } from '../article.js';

// STUB: replaced by the scraped-text extractor.
export function extractText(text: string, _hints: ExtractHints): Article {
  return { ...emptyArticle(), text };
}
