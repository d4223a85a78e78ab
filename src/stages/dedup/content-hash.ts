import { createHash } from 'node:crypto';

/** Typographic variants that copies of one wire story differ by (curly vs straight quotes, dashes). */
const PUNCTUATION_VARIANTS: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2012\u2013\u2014\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
];

/**
 * Text as dedup compares it: Unicode NFKC (full-width forms in Korean sources), lowercase, one kind of
 * quote and dash, whitespace runs collapsed. Two copies that differ only by layout normalize equal.
 */
export function normalizeText(text: string): string {
  let out = text.normalize('NFKC').toLowerCase();
  for (const [pattern, replacement] of PUNCTUATION_VARIANTS) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, ' ').trim();
}

/** Lowercase hex SHA-256 of a string (UTF-8) or of bytes. */
export function sha256Hex(input: string | Uint8Array): string {
  return createHash('sha256').update(input).digest('hex');
}

/** The content hash of an article body: SHA-256 of its normalized text. */
export function contentHash(text: string): string {
  return sha256Hex(normalizeText(text));
}
