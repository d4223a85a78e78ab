/** Opaque keyset cursors of the read models: a base64url JSON list of the last row's sort values. */
export function encodeKeys(keys: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

/** The sort values of a cursor, checked against the expected kinds; misuse throws. */
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
  if (!fits) throw new Error(`store: bad cursor ${cursor}`);
  return value as { [I in keyof K]: K[I] extends 'number' ? number : string };
}
