import { FetchError, InputError } from '../core/errors.js';

/** Exit codes: 1 for input the command could not use, 2 for misuse, 3 for a failed fetch. */
export const EXIT = { ok: 0, input: 1, usage: 2, fetch: 3 } as const;

/** The one place that turns an error into stderr text and an exit code. */
export function reportError(error: unknown): number {
  if (error instanceof InputError) {
    console.error(`sitroom: ${error.message} [${error.ruleId}]`);
    return EXIT.input;
  }
  if (error instanceof FetchError) {
    console.error(`sitroom: ${error.message} [${error.ruleId}]`);
    return EXIT.fetch;
  }
  if (error instanceof UsageError) {
    console.error(`sitroom: ${error.message}`);
    return EXIT.usage;
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return EXIT.input;
}

export class UsageError extends Error {
  override name = 'UsageError';
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
