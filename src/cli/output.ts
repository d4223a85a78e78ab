import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { FetchError, InputError } from '../core/errors.js';
import { message, type Message } from '../core/message.js';

/** Exit codes: 1 for input the command could not use, 2 for misuse, 3 for a failed fetch. */
export const EXIT = { ok: 0, input: 1, usage: 2, fetch: 3 } as const;

/** Wrong arguments: the message says what to type instead. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * The one place that maps errors to what the user sees. Expected failures (InputError, FetchError) become
 * a fatal Message, so they can be stored in a Document like any other; anything else is a bug and is null.
 */
export function errorMessage(error: unknown): Message | null {
  if (error instanceof InputError || error instanceof FetchError) {
    return message('fatal', error.ruleId, error.message);
  }
  return null;
}

/** The exit code for a fatal message: a failed fetch is 3; a bad file, record or content is 1. */
export function exitCodeFor(fatal: Message): number {
  return fatal.stage === 'fetch' ? EXIT.fetch : EXIT.input;
}

/** One line on stderr per fatal message, with its rule id, so scripts can grep for the cause. */
export function reportFatal(fatal: Message): number {
  console.error(`sitroom: ${fatal.reason} [${fatal.ruleId}]`);
  return exitCodeFor(fatal);
}

/** Turns any error into stderr text and an exit code (main's last resort). */
export function reportError(error: unknown): number {
  // The reader of stdout went away (`| head`): nothing left to tell anyone.
  if ((error as NodeJS.ErrnoException | null)?.code === 'EPIPE') return EXIT.ok;
  const fatal = errorMessage(error);
  if (fatal) return reportFatal(fatal);
  if (error instanceof UsageError) {
    console.error(`sitroom: ${error.message}\nRun \`sitroom --help\` for usage.`);
    return EXIT.usage;
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return EXIT.input;
}

/** Writes a line and waits when the pipe is full, so a long batch streams without buffering. */
export async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}

/** Writes one JSON value per line with sorted keys, so output is stable and diffable. */
export function writeJsonLine(value: unknown): void {
  process.stdout.write(`${stableStringify(value)}\n`);
}

export function stableStringify(value: unknown, indent?: number): string {
  return JSON.stringify(value, (_key, v: unknown) => (isPlainObject(v) ? sortKeys(v) : v), indent);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const sortKeys = (o: Record<string, unknown>) =>
  Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
