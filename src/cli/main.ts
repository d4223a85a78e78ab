import { extractCommand } from './commands/extract.js';
import type { Command } from './command.js';
import { reportError } from './output.js';

/** Every command, in the order `sitroom --help` lists them. */
const commands: Command[] = [extractCommand];

const usage = () =>
  [
    'sitroom: news in, political events out.',
    '',
    'Usage: sitroom <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Run `sitroom <command> --help` for a command’s options.',
  ].join('\n');

/** Runs the CLI; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`sitroom: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    return reportError(error);
  }
}
