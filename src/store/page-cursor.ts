/** Opaque keyset cursors of the read models: a base64url JSON list of the last row's sort values. */
export function encodeKeys(keys: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

/** A cursor that no page gave out (edited, truncated, from another list): the caller's mistake. */
export class BadCursorError extends Error {
  constructor(cursor: string) {
    super(`store: bad cursor ${cursor}`);
    this.name = 'BadCursorError';
  }
}

/** The sort values of a cursor, checked against the expected kinds; misuse throws BadCursorError. */
export function decodeKeys<const K extends ReadonlyArray<'string' | 'number'>>(
  cursor: string,
  kinds: K,
): { [I in keyof K]: K[I] extends 'number' ? number : string } {
  let value: unknown = null;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // Reported below with the cursor itself.
  }
  const fits =
    Array.isArray(value) && value.length === kinds.length && value.every((v, i) => typeof v === kinds[i]);
  if (!fits) throw new BadCursorError(cursor);
  return value as { [I in keyof K]: K[I] extends 'number' ? number : string };
}
