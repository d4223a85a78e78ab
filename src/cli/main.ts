import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoDir } from '../core/paths.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { exportCommand } from './commands/export.js';
import { queryCommand } from './commands/query.js';
import { reprocessCommand } from './commands/reprocess.js';
import { serveCommand } from './commands/serve.js';
import type { Command } from './command.js';
import { EXIT, reportError } from './output.js';

/** Every command, in the order `sitroom --help` lists them. */
const commands: Command[] = [
  extractCommand,
  ingestCommand,
  reprocessCommand,
  serveCommand,
  queryCommand,
  exportCommand,
];

const usage = () =>
  [
    'sitroom: news in, political events out.',
    '',
    'Usage: sitroom <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Options: -h, --help   this help;   -V, --version   the version',
    'Run `sitroom <command> --help` for a command’s options.',
  ].join('\n');

function version(): string {
  const pkg = JSON.parse(readFileSync(join(repoDir(), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** `sitroom extract --jsonl … | head` closes the pipe early: stop quietly, as Unix tools do. */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(EXIT.ok);
  });
}

/** Runs the CLI; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnClosedPipe();
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    console.log(version());
    return EXIT.ok;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return EXIT.ok;
  }
  if (!name) {
    console.error(`sitroom: no command given\n\n${usage()}`);
    return EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`sitroom: unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    return reportError(error);
  }
}
