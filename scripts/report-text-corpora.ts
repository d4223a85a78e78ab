// Runs the scraped-text extractor over the KCNA and State Department corpora in ../shared/data and
// prints, per corpus, how many records come out with a title, a date, a dateline, and with no end
// mark or header line left in the body. Two ways in: "fed" (url, title and date given, as a feed and
// run-gold give them) and "text only" (nothing but the text: what the extractor finds on its own).
// Usage: node --import tsx scripts/report-text-corpora.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../src/core/paths.js';
import { parseDateline, resolveMonthDay } from '../src/stages/extract/shared/dateline.js';
import type { ExtractHints } from '../src/stages/extract/article.js';
import { extractText } from '../src/stages/extract/text/index.js';

interface CorpusRecord {
  id: string;
  url?: string;
  date?: string;
  title?: string;
  headline?: string;
  author?: string;
  text: string;
}

const CORPORA = [
  { name: 'KCNA', file: 'kcna-nk-news-2024/kcna_selected.jsonl' },
  { name: 'State Department', file: 'usdos-press-korea-2021-2022/usdos_korea.jsonl' },
];

// The leftovers are checked with patterns of this script's own, not the extractor's rules, so a rule
// that fails to fire is seen here. A release's "The following is attributable to Spokesperson X:" line
// is body on purpose (it names who speaks), so it is not counted as a header.
const END_MARKS = [/-0-/, /\(END\)/, /#\s?#\s?#/, /^End Text\b/m, /^\(The briefing was concluded/m];
const HEADER_LINES = [
  /^Office of the Spokesperson$/m,
  /^Via Teleconference$/m,
  /^\d{1,2}:\d{2} [ap]\.m\. E[SD]T$/m,
  /^Begin Text\b/m,
  /^\p{L}+, \p{L}+ \d{1,2} \(KCNA\)/u,
];

function read(file: string): CorpusRecord[] {
  return readFileSync(join(sharedDir(), 'data', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusRecord);
}

/** The record's author line (state.gov prints it above the text), which must not stay in the body. */
const authorLeft = (r: CorpusRecord, text: string) =>
  r.author !== undefined && text.split('\n\n').some((p) => p.trim() === r.author?.trim());

function tally(records: CorpusRecord[], fed: boolean) {
  const t = {
    records: records.length,
    title: 0,
    date: 0,
    dateline: 0,
    datelineAgrees: 0,
    byline: 0,
    clean: 0,
  };
  const leaks: string[] = [];
  for (const r of records) {
    const hints: ExtractHints = fed
      ? { url: r.url ?? null, title: r.title ?? r.headline ?? null, publishedAt: r.date ?? null }
      : { url: null };
    const a = extractText(r.text, hints);
    if (a.title) t.title++;
    if (a.publishedAt) t.date++;
    if (a.byline.length) t.byline++;
    if (a.dateline) t.dateline++;
    const d = a.dateline ? parseDateline(`${a.dateline} -- x`) : null;
    if (d?.month && d.day && r.date && resolveMonthDay(d.month, d.day, r.date) === r.date) t.datelineAgrees++;
    const head = a.text.split('\n\n').slice(0, 4).join('\n');
    const left = [
      ...END_MARKS.filter((re) => re.test(a.text)),
      ...HEADER_LINES.filter((re) => re.test(head)),
    ];
    if (left.length === 0 && !authorLeft(r, a.text)) t.clean++;
    else leaks.push(`${r.id}: ${left.map(String).join(' ') || 'author line'}`);
  }
  return { t, leaks };
}

for (const { name, file } of CORPORA) {
  const records = read(file);
  for (const fed of [true, false]) {
    const { t, leaks } = tally(records, fed);
    console.log(
      `${name.padEnd(16)} ${fed ? 'fed      ' : 'text only'} records=${t.records} title=${t.title} ` +
        `date=${t.date} dateline=${t.dateline} dateline=feed-date=${t.datelineAgrees} byline=${t.byline} ` +
        `no-end-marks-or-header-lines=${t.clean}`,
    );
    for (const l of leaks.slice(0, 10)) console.log(`    leftover ${l}`);
  }
}
