import { parseArgs } from 'node:util';
import { defaultJobs, parseJobs } from './jobs.js';
import { FETCH_DEFAULTS } from '../../stages/fetch/index.js';
import { defaultTarget } from '../../store/index.js';
import type { Command } from '../command.js';
import type { IngestOptions } from '../../ingest/run.js';
import { EXIT, UsageError } from '../output.js';

const HELP = `Usage: sitroom ingest SOURCE... [options]

Extract every source and store its articles and events. A SOURCE is a file (HTML or text, .gz too),
a folder (read recursively), a JSON Lines file (.jsonl: {"id","url","date","title","text","html"} per line,
as the corpora in ../shared/data), - for JSON Lines on stdin, or an http(s) URL: a page, or an RSS/Atom
feed whose items are ingested. Feeds are fetched with If-None-Match / If-Modified-Since and an unchanged
body is skipped. Ingesting the same input again changes nothing; a killed run resumes where it stopped.

Every item gets a status: new, duplicate (with why: same address, same text, near-duplicate text, or
already ingested), updated (new text or newer stage versions) or failed (with the reason and rule id).

Options:
  --db TARGET          SQLite file or postgres:// URL (default: $DATABASE_URL, $SITROOM_DB, sitroom.db)
  --json               print the summary as JSON
  --items              print one JSON line per item on stdout as it is stored (the summary goes to stderr)
  --summaries-only     store a feed item's summary as it is, without fetching its page
  --allow-private      allow fetching loopback, private and link-local addresses (refused by default)
  --timeout MS         give up a fetch after MS milliseconds (default ${FETCH_DEFAULTS.timeoutMs})
  --jobs N             extract in N worker threads (default ${defaultJobs()}: one per core; 0 = in this thread)
  -h, --help           show this help

Exit status: 0 every item stored; 1 some items failed (the rest went in); 2 wrong arguments.`;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Store files, folders, JSON Lines, URLs and feeds in the event database',
  async run(argv) {
    const options = parseIngestArgs(argv);
    if (!options) {
      console.log(HELP);
      return EXIT.ok;
    }
    const { runIngest } = await import('../../ingest/run.js');
    return (await runIngest(options)).code;
  },
};

/** Checks the arguments; null when help was asked for. */
export function parseIngestArgs(argv: string[]): IngestOptions | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean' },
        items: { type: 'boolean' },
        'summaries-only': { type: 'boolean' },
        'allow-private': { type: 'boolean' },
        timeout: { type: 'string' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  if (positionals.length === 0) throw new UsageError('ingest needs at least one file, folder, URL or -');
  const timeout = values.timeout === undefined ? FETCH_DEFAULTS.timeoutMs : Number(values.timeout);
  if (!Number.isSafeInteger(timeout) || timeout <= 0)
    throw new UsageError(`--timeout wants milliseconds, got "${values.timeout}"`);
  return {
    sources: positionals,
    db: values.db ?? defaultTarget(),
    json: values.json ?? false,
    items: values.items ?? false,
    fetchArticles: !(values['summaries-only'] ?? false),
    jobs: parseJobs(values.jobs),
    fetch: {
      allowPrivate: values['allow-private'] ?? false,
      timeoutMs: timeout,
      idleTimeoutMs: Math.min(timeout, FETCH_DEFAULTS.idleTimeoutMs),
    },
  };
}
