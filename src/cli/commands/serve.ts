import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../output.js';

const HELP = `Usage: sitroom serve [options]

Serve the event database as JSON under /api/v1 (OpenAPI document at /api/v1/openapi.json).

Options:
  --db TARGET          SQLite file or postgres:// URL (default: DATABASE_URL, SITROOM_DB, or sitroom.db)
  --host HOST          address to bind (default 127.0.0.1)
  --port N             port (default 8787; 0 picks a free one)
  --token TOKEN        bearer token for POST /api/v1/ingest (default: SITROOM_TOKEN); none disables writes
  --read-token TOKEN   bearer token for reads (default: SITROOM_READ_TOKEN); needed off loopback
  --open-reads         serve reads without a token on a non-loopback address (a public read-only mirror)
  -h, --help           show this help`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the event database over HTTP (JSON API, exports)',
  async run(argv) {
    const { values } = parse(argv);
    if (values.help) {
      console.log(HELP);
      return EXIT.ok;
    }
    const host = values.host ?? '127.0.0.1';
    const port = Number(values.port ?? '8787');
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port wants 0-65535, got "${values.port}"`);
    const { isLoopback, startServer } = await import('../../api/server.js');
    const readToken = values['read-token'] ?? process.env['SITROOM_READ_TOKEN'] ?? null;
    // Reads are open on loopback only: bound elsewhere, anyone who can reach the port could read.
    if (!isLoopback(host) && readToken === null && !values['open-reads']) {
      throw new UsageError(`serving on ${host} needs --read-token (or --open-reads to allow anyone to read)`);
    }
    const writeToken = values.token ?? process.env['SITROOM_TOKEN'] ?? null;
    const { defaultTarget, openStore } = await import('../../store/index.js');
    const store = await openStore(values.db ?? defaultTarget());
    const server = await startServer({ store, host, port, access: { writeToken, readToken } });
    console.error(
      `sitroom: the UI at ${server.url}/ and the API at ${server.url}/api/v1 (writes ${writeToken ? 'need the token' : 'disabled'})`,
    );
    await new Promise<void>((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
    });
    await server.close();
    await store.close();
    return EXIT.ok;
  },
};

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        token: { type: 'string' },
        'read-token': { type: 'string' },
        'open-reads': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
