import type { Document } from '../../core/document.js';
import type { Message } from '../../core/message.js';

/** What the HTML and scraped-text extractors both return: the article fields of a Document. */
export type Article = Pick<
  Document,
  | 'title'
  | 'byline'
  | 'authorEmails'
  | 'publishedAt'
  | 'dateline'
  | 'siteName'
  | 'description'
  | 'canonicalUrl'
  | 'text'
  | 'images'
> & { messages: Message[] };

/**
 * Facts known from outside the content: the page's address (for URL dates and relative links), and a
 * feed item's title and date, used as given (a dateline's day resolves against the given year).
 */
export interface ExtractHints {
  url: string | null;
  title?: string | null;
  publishedAt?: string | null;
}

export function emptyArticle(): Article {
  return {
    title: null,
    byline: [],
    authorEmails: [],
    publishedAt: null,
    dateline: null,
    siteName: null,
    description: null,
    canonicalUrl: null,
    text: '',
    images: [],
    messages: [],
  };
}
