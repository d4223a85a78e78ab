import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoDir } from '../src/core/paths.js';
import { emptyArticle, type Article } from '../src/stages/extract/article.js';
import { extractHtml } from '../src/stages/extract/html/index.js';
import { loadPages } from './pages.js';

/**
 * `npm run bench -- metadata`: how many of the benchmark's 181 pages get each metadata field. The
 * benchmark has no metadata truth, so this is coverage, not accuracy; the per-page values go to
 * .bench/metadata.tsv for reading by eye (a byline must be people, a date the publication date).
 */

/** A field counted on a page when the predicate holds. */
const FIELDS: ReadonlyArray<readonly [string, (a: Article) => boolean]> = [
  ['title', (a) => a.title !== null],
  ['byline', (a) => a.byline.length > 0],
  ['authorEmails', (a) => a.authorEmails.length > 0],
  ['publishedAt', (a) => a.publishedAt !== null],
  ['publishedAt with time zone', (a) => /T.*(?:Z|[+-]\d\d:\d\d)$/.test(a.publishedAt ?? '')],
  ['canonicalUrl', (a) => a.canonicalUrl !== null],
  ['siteName', (a) => a.siteName !== null],
  ['description', (a) => a.description !== null],
  ['images with a caption', (a) => a.images.some((i) => i.caption !== '')],
];

function safeExtract(html: string, url: string | null): Article {
  try {
    return extractHtml(html, { url });
  } catch {
    // A crash counts as nothing found; the extract bench reports crashes.
    return emptyArticle();
  }
}

export async function benchMetadata(): Promise<void> {
  const pages = loadPages();
  const counts = new Map<string, number>(FIELDS.map(([name]) => [name, 0]));
  const rows = ['id\ttitle\tbyline\tauthorEmails\tpublishedAt\tsiteName\turl'];
  for (const page of pages) {
    const a = safeExtract(page.html, page.url);
    for (const [name, has] of FIELDS) if (has(a)) counts.set(name, (counts.get(name) ?? 0) + 1);
    const cells = [a.title, a.byline.join('; '), a.authorEmails.join('; '), a.publishedAt, a.siteName];
    rows.push([page.id, ...cells.map((c) => (c ?? '').replace(/\s+/g, ' ')), page.url ?? ''].join('\t'));
  }
  const width = Math.max(...FIELDS.map(([name]) => name.length));
  console.log(`metadata coverage on ${pages.length} benchmark pages`);
  for (const [name] of FIELDS) {
    const n = counts.get(name) ?? 0;
    const pct = ((100 * n) / Math.max(1, pages.length)).toFixed(1);
    console.log(`  ${name.padEnd(width)}  ${String(n).padStart(4)}  ${pct.padStart(5)}%`);
  }
  const out = join(repoDir(), '.bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'metadata.tsv'), `${rows.join('\n')}\n`);
  console.log(`per-page values: .bench/metadata.tsv`);
  return Promise.resolve();
}
