import type { Document } from '../../core/document.js';

export interface SummaryStyle {
  /** Bold labels with ANSI escapes: only on a terminal, and never when NO_COLOR is set. */
  color: boolean;
}

export const terminalStyle = (stream: NodeJS.WriteStream): SummaryStyle => ({
  color: Boolean(stream.isTTY) && !process.env['NO_COLOR'],
});

const RULE = '─'.repeat(60);

/**
 * The readable form of a Document: the article's fields, its images and captions, the text, then the
 * messages. Empty fields are left out, so a scrape with no byline does not show a blank "Byline:".
 */
export function formatSummary(doc: Document, style: SummaryStyle): string {
  const label = (s: string) => (style.color ? `\u001b[1m${s}\u001b[22m` : s);
  const field = (name: string, value: string | null | undefined) =>
    value ? [`${label(`${name}:`.padEnd(11))}${value}`] : [];
  const lines = [
    ...field('Title', doc.title ?? '(no title found)'),
    ...field('Byline', doc.byline.join('; ')),
    ...field('Published', doc.publishedAt),
    ...field('Dateline', doc.dateline),
    ...field('Language', doc.language),
    ...field('URL', doc.url),
    ...field('Canonical', doc.canonicalUrl !== doc.url ? doc.canonicalUrl : null),
    ...field('Site', doc.siteName),
    ...field('Found', counts(doc)),
    ...images(doc, label),
    RULE,
    doc.text || '(no text found)',
    RULE,
    ...doc.messages.map((m) => `${m.severity.padEnd(8)}${m.ruleId}: ${m.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** "3 entities, 2 events, 1 quote" for what later stages found; null before they exist. */
function counts(doc: Document): string | null {
  const parts = [
    [doc.entities.length, 'entity', 'entities'],
    [doc.events.length, 'event', 'events'],
    [doc.quotes.length, 'quote', 'quotes'],
  ] as const;
  const found = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return found.length ? found.join(', ') : null;
}

function images(doc: Document, label: (s: string) => string): string[] {
  if (doc.images.length === 0) return [];
  return [
    label('Images:'),
    ...doc.images.map((image, i) => {
      const credit = image.credit ? ` (${image.credit})` : '';
      const url = image.url ? `\n     ${image.url}` : '';
      return `  ${i + 1}. ${image.caption || '(no caption)'}${credit}${url}`;
    }),
  ];
}
