/**
 * HTML or plain text. The Content-Type header decides when it is specific; otherwise the content does:
 * a saved page starts with a doctype, a tag or a comment, while a scrape like the seed file starts with
 * words ("Back To Top") and at most quotes a tag somewhere inside.
 */

export type ContentKind = 'html' | 'text';

const HTML_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;
const TEXT_TYPES = /^\s*text\/plain\b/i;

/** The document opens with markup: a doctype, a comment, an XML declaration, or a tag. */
const MARKUP_START = /^\s*(?:<!doctype\s|<!--|<\?xml\s|<[a-z][a-z0-9-]*[\s>/])/i;
/** A document-level tag near the start, for pages that open with stray text or a server banner. */
const DOCUMENT_TAG = /<(?:html|head|body)\b[^>]*>/i;
/** How far into the content to look for a document-level tag. */
const DOCUMENT_TAG_WINDOW = 2048;

/** A full HTML document given as "text" (a scraper that kept the markup), which only HTML parsing helps. */
const HTML_DOCUMENT_START = /^\s*(?:<!doctype\s+html|<html[\s>])/i;

export function kindFromContentType(contentType: string | null | undefined): ContentKind | null {
  if (!contentType) return null;
  if (HTML_TYPES.test(contentType)) return 'html';
  return TEXT_TYPES.test(contentType) ? 'text' : null;
}

export function sniffKind(content: string): ContentKind {
  if (MARKUP_START.test(content)) return 'html';
  return DOCUMENT_TAG.test(content.slice(0, DOCUMENT_TAG_WINDOW)) ? 'html' : 'text';
}

export function isHtmlDocument(text: string): boolean {
  return HTML_DOCUMENT_START.test(text);
}
