import { parseArgs } from 'node:util';
import { FETCH_DEFAULTS } from '../../stages/fetch/index.js';
import type { Command } from '../command.js';
import type { ExtractOptions } from '../extract/run.js';
import { EXIT, UsageError } from '../output.js';

const HELP = `Usage: sitroom extract FILE|URL|- [options]
       sitroom extract --jsonl [-] < items.jsonl

Extract the article (title, byline, date, dateline, language, text, images) from a web page or scraped
text. A file may be HTML or text in any common encoding (detected); a URL is fetched over http(s).

Options:
  --json               print the Document JSON (sorted keys) instead of a readable summary
  --jsonl              batch: read {"id", "text"|"html", "title"?, "url"?, "publishedAt"?} lines on stdin,
                       write one {"id", ...Document} line per input line, in order, as each is done
  --published DATE     the publication date (YYYY-MM-DD), the anchor for relative dates
  --url URL            the page's address, when extracting a saved file
  --allow-private      allow fetching loopback, private and link-local addresses (refused by default)
  --timeout MS         give up a fetch after MS milliseconds (default ${FETCH_DEFAULTS.timeoutMs})
  --max-bytes N        refuse input larger than N bytes; K, M, G suffixes allowed (default 16M)
  -h, --help           show this help

Exit status (one document): 0 done; 1 the input cannot be used (missing file, binary, empty, too large);
2 wrong arguments; 3 the fetch failed (refused address, timeout, HTTP error). The cause is one line on
stderr ending in its rule id, e.g. [extract/binary-input]; with --json the Document is printed as well,
holding the same fatal message. With --jsonl the exit status is 0 once the batch ran: a line that fails
(malformed JSON, no text, binary content) is written with its id (or "line:N") and a fatal message, and the
batch goes on.`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SIZE = /^(\d+)([KMG])?i?B?$/i;
const SIZE_DIGITS = 1;
const SIZE_UNIT = 2;
const UNIT_BYTES: Record<string, number> = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Extract the article from a file, a URL, or JSON Lines on stdin',
  async run(argv) {
    const options = parseExtractArgs(argv);
    if (!options) {
      console.log(HELP);
      return EXIT.ok;
    }
    const { runExtract } = await import('../extract/run.js');
    return runExtract(options);
  },
};

/** Checks the arguments; null when help was asked for. */
export function parseExtractArgs(argv: string[]): ExtractOptions | null {
  const { values, positionals } = parseOrThrow(argv);
  if (values.help) return null;
  if (positionals.length > 1)
    throw new UsageError(`extract takes one FILE or URL, got ${positionals.length}`);
  const source = positionals[0] ?? null;
  const jsonl = values.jsonl ?? false;
  if (!jsonl && source === null)
    throw new UsageError('extract needs a FILE, a URL, or - for stdin (or --jsonl)');
  if (jsonl && source !== null && source !== '-') throw new UsageError('--jsonl reads stdin; give no FILE');
  return {
    source,
    jsonl,
    json: values.json ?? false,
    published: values.published === undefined ? null : checkDate(values.published),
    url: values.url === undefined ? null : checkUrl(values.url),
    allowPrivate: values['allow-private'] ?? false,
    timeoutMs: values.timeout === undefined ? FETCH_DEFAULTS.timeoutMs : checkMillis(values.timeout),
    maxBytes:
      values['max-bytes'] === undefined
        ? FETCH_DEFAULTS.maxBytes
        : checkSize('--max-bytes', values['max-bytes']),
  };
}

function parseOrThrow(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        published: { type: 'string' },
        url: { type: 'string' },
        'allow-private': { type: 'boolean' },
        timeout: { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function checkDate(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--published wants a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

function checkUrl(value: string): string {
  if (!URL.canParse(value)) throw new UsageError(`--url wants an absolute URL, got "${value}"`);
  return value;
}

function checkSize(flag: string, value: string): number {
  const match = SIZE.exec(value.trim());
  const digits = match?.[SIZE_DIGITS];
  const n = digits ? Number(digits) * (UNIT_BYTES[match?.[SIZE_UNIT]?.toUpperCase() ?? ''] ?? 1) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new UsageError(`${flag} wants a positive number, got "${value}"`);
  return n;
}

function checkMillis(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new UsageError(`--timeout wants milliseconds, got "${value}"`);
  return n;
}
