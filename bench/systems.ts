import { extractHtml } from '../src/stages/extract/html/index.js';
import { readabilityText } from './readability-text.js';

/** The extractors compared on the benchmark: page HTML and address in, body text out. */
export type SystemName = 'sitroom' | 'readability';

export const SYSTEMS: Record<SystemName, (html: string, url: string | null) => string> = {
  sitroom: (html, url) => extractHtml(html, { url }).text,
  readability: (html) => readabilityText(html),
};

export const isSystemName = (s: string | undefined): s is SystemName =>
  s === 'sitroom' || s === 'readability';
