import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../output.js';
import { FILTER_HELP, FILTER_OPTIONS, filtersFromFlags } from './filter-flags.js';

const FORMATS = ['csv', 'ndjson', 'plover', 'geojson'];

const HELP = `Usage: sitroom export --format csv|ndjson|plover|geojson [filters] > file

Write every matching event to stdout, streamed (the same bodies as /api/v1/export.*).

Options:
  --format F     csv (ACLED-like columns plus source URLs and evidence), ndjson, plover (JSON), geojson
  --db TARGET    SQLite file or postgres:// URL (default: DATABASE_URL, SITROOM_DB, or sitroom.db)
${FILTER_HELP}`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export events as CSV, NDJSON, PLOVER JSON or GeoJSON',
  async run(argv) {
    const { values } = parse(argv);
    if (values.help) {
      console.log(HELP);
      return EXIT.ok;
    }
    const format = values.format;
    if (!format || !FORMATS.includes(format))
      throw new UsageError(`--format wants one of ${FORMATS.join(', ')}`);
    const filters = filtersFromFlags(values);
    const { EXPORT_FORMATS, exportChunks } = await import('../../api/export/formats.js');
    const { defaultTarget, openStore } = await import('../../store/index.js');
    const store = await openStore(values.db ?? defaultTarget());
    try {
      const chosen = EXPORT_FORMATS[format];
      if (!chosen) throw new UsageError(`unknown format ${format}`);
      for await (const chunk of exportChunks(store.exportEvents(filters), chosen)) {
        if (chunk) await write(chunk);
      }
    } finally {
      await store.close();
    }
    return EXIT.ok;
  },
};

/** Waits when stdout's pipe is full, so a 100,000-event export never queues in memory. */
async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        format: { type: 'string' },
        db: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...FILTER_OPTIONS,
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
