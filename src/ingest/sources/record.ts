import type { RawInput as PipelineInput } from '../../stages/extract/index.js';

/**
 * Field names of a record, first match wins: DESIGN.md's `{"id","text"|"html","title","url","publishedAt"}`
 * plus the names the corpora in ../shared/data use (KCNA: `headline`, `date`; State Department: `date`,
 * `published`). A new corpus with other names is one more entry here.
 */
const FIELDS = {
  title: ['title', 'headline'],
  url: ['url', 'link'],
  publishedAt: ['publishedAt', 'date', 'published'],
} as const;

/** The date part of `2021-05-23T15:30:07+00:00` or `2021-05-23`. */
const ISO_DATE = /^(?<date>\d{4}-\d{2}-\d{2})(?:$|T)/;

export type ParsedRecord = { id: string; input: PipelineInput } | { id: string; error: string };

/** Parses one JSONL line; a line that is not a usable record says why, with its line number. */
export function parseRecordLine(line: string, lineNumber: number): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { id: `line:${lineNumber}`, error: `line ${lineNumber} is not JSON: ${why}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: `line:${lineNumber}`, error: `line ${lineNumber} is not a JSON object` };
  }
  const record = value as Record<string, unknown>;
  const given = record['id'];
  const id = typeof given === 'string' || typeof given === 'number' ? String(given) : `line:${lineNumber}`;
  const input = recordInput(record);
  return input ? { id, input } : { id, error: `line ${lineNumber} (record ${id}) has no "text" or "html"` };
}

/**
 * The pipeline input of a record. With both `text` and `html`, text wins: in the State Department
 * corpus `html` is the feed's body fragment, in which the HTML extractor finds no article (86 of 86
 * records; it is built for whole pages), while the text keeps the byline and dateline lines the text
 * extractor reads (bylines found in 30 of 86). `html` is used when it is all a record has.
 */
export function recordInput(record: Record<string, unknown>): PipelineInput | null {
  const { text, html } = record;
  const title = firstString(record, FIELDS.title);
  const input: PipelineInput | null =
    typeof text === 'string' && text.trim() !== ''
      ? { text }
      : typeof html === 'string' && html.trim() !== ''
        ? { html: WHOLE_PAGE.test(html) ? html : fragmentPage(html, title) }
        : null;
  if (!input) return null;
  const url = firstString(record, FIELDS.url);
  const published = firstString(record, FIELDS.publishedAt);
  const date = published ? ISO_DATE.exec(published)?.groups?.['date'] : undefined;
  if (title) input.title = title;
  if (url) input.url = url;
  if (date) input.publishedAt = date;
  return input;
}

/** A whole page starts (after a doctype or comments) with <html>, <head> or <body>; a feed body does not. */
const WHOLE_PAGE = /<(?:html|head|body)[\s>]/i;

/**
 * A feed's body fragment (content:encoded, a record's `html`) set in a minimal page with the title as
 * its heading: the HTML extractor scores whole pages and finds no article in a bare run of <p>s
 * (State Department feed bodies: 86 of 86 empty bare, 0 of 86 empty wrapped).
 */
export function fragmentPage(fragment: string, title: string | null): string {
  const heading = title ? `<h1>${escapeHtml(title)}</h1>` : '';
  const head = title ? `<title>${escapeHtml(title)}</title>` : '';
  return `<!doctype html><html><head>${head}</head><body><article>${heading}${fragment}</article></body></html>`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function firstString(record: Record<string, unknown>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}
