import { parseArgs } from 'node:util';
import type { EventSummary } from '../../store/index.js';
import { BadCursorError } from '../../store/page-cursor.js';
import type { Command } from '../command.js';
import { EXIT, stableStringify, UsageError } from '../output.js';
import { FILTER_HELP, FILTER_OPTIONS, filtersFromFlags } from './filter-flags.js';

const HELP = `Usage: sitroom query [filters] [--limit N] [--cursor C] [--json]

Print canonical events, newest first (the CLI form of GET /api/v1/events).

Options:
  --json         print the page as JSON ({events, total, nextCursor})
  --limit N      events per page (1-500, default 50); --cursor C continues from a previous page
  --db TARGET    SQLite file or postgres:// URL (default: DATABASE_URL, SITROOM_DB, or sitroom.db)
${FILTER_HELP}`;

export const queryCommand: Command = {
  name: 'query',
  summary: 'List events matching filters (a table or --json)',
  async run(argv) {
    const { values } = parse(argv);
    if (values.help) {
      console.log(HELP);
      return EXIT.ok;
    }
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500)
      throw new UsageError(`--limit wants 1-500, got "${values.limit}"`);
    const filters = filtersFromFlags(values);
    const { defaultTarget, openStore } = await import('../../store/index.js');
    const store = await openStore(values.db ?? defaultTarget());
    try {
      const page = await store
        .listEvents(filters, { limit, cursor: values.cursor ?? null })
        .catch((error: unknown) => {
          if (error instanceof BadCursorError) throw new UsageError(`--cursor: not a cursor a page gave out`);
          throw error;
        });
      if (values.json) console.log(stableStringify(page, 2));
      else console.log(table(page.events, page.total, page.nextCursor));
    } finally {
      await store.close();
    }
    return EXIT.ok;
  },
};

const sides = (e: EventSummary, role: 'actor' | 'recipient') =>
  [...new Set(e.actors.filter((a) => a.role === role).map((a) => a.code))].join('+') || '-';

/** One line per event: date, type, actor → recipient, place, reports, a ! on contradictions. */
export function table(events: readonly EventSummary[], total: number, nextCursor: string | null): string {
  const rows = events.map((e) =>
    [
      (e.date?.start ?? 'undated').padEnd(10),
      e.type.padEnd(9),
      `${sides(e, 'actor')} -> ${sides(e, 'recipient')}`.padEnd(16),
      (e.place?.name ?? '-').padEnd(14),
      `${e.reportCount} report${e.reportCount === 1 ? '' : 's'}${e.contradiction ? ' !' : ''}`.padEnd(12),
      e.id,
    ].join(' '),
  );
  const more = nextCursor ? `; next page: --cursor ${nextCursor}` : '';
  return [...rows, `${events.length} of ${total} events${more}`].join('\n');
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        limit: { type: 'string' },
        cursor: { type: 'string' },
        db: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...FILTER_OPTIONS,
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
