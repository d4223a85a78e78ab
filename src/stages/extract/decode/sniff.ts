/**
 * Binary sniffing: file signatures ("magic numbers") first, then the density of bytes that never occur
 * in text. A PDF or PNG handed to `sitroom extract` must stop with a clear message, not be "extracted"
 * into a page of mojibake.
 */

interface Signature {
  name: string;
  magic: readonly number[];
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Formats people actually feed by mistake: saved attachments, images, archives. */
const SIGNATURES: readonly Signature[] = [
  { name: 'PDF', magic: ascii('%PDF-') },
  { name: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF', magic: ascii('GIF87a') },
  { name: 'GIF', magic: ascii('GIF89a') },
  { name: 'gzip', magic: [0x1f, 0x8b] },
  // zip also covers .docx, .xlsx and .epub, which are zip containers.
  { name: 'zip', magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'WebAssembly', magic: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'ELF executable', magic: [0x7f, 0x45, 0x4c, 0x46] },
];

/** How much of the start is looked at: enough for any signature and a fair sample of the bytes. */
const SAMPLE_SIZE = 8192;

/**
 * Share of "binary data bytes" (WHATWG MIME sniffing: C0 controls other than tab, newlines, form feed
 * and escape) above which the input is not text. Random bytes score about 10%; text in any ASCII-
 * compatible encoding scores 0, so 2% leaves room for a few stray control characters in a scrape.
 */
const MAX_CONTROL_SHARE = 0.02;

const isBinaryDataByte = (b: number): boolean =>
  b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f);

/** Names the binary format of `bytes`, or returns null when they may be text. */
export function sniffBinaryBytes(bytes: Uint8Array): string | null {
  const signature = SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b));
  if (signature) return signature.name;
  const sample = bytes.subarray(0, SAMPLE_SIZE);
  let control = 0;
  for (const b of sample) if (isBinaryDataByte(b)) control++;
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE ? 'binary data' : null;
}

/**
 * Share of suspicious characters in decoded text above which it is binary. Higher than for bytes: a
 * scrape may carry a few U+FFFD from a lossy decode upstream, a PNG read as UTF-8 is mostly U+FFFD.
 */
const MAX_SUSPICIOUS_SHARE = 0.1;

/** Signatures made of ASCII only survive a lossy decode, so they can be matched in a string. */
const TEXT_SIGNATURES = SIGNATURES.filter((s) => s.magic.every((b) => b < 0x80));

/**
 * The same test for text that was already decoded (a JSONL record): a binary file read as UTF-8 keeps
 * its ASCII signature ("%PDF-", "GIF89a", "\ufffdPNG") and turns most high bytes into U+FFFD.
 */
export function sniffBinaryText(text: string): string | null {
  const head = text.slice(0, SAMPLE_SIZE);
  const signature = TEXT_SIGNATURES.find((s) => s.magic.every((b, i) => head.charCodeAt(i) === b));
  if (signature) return signature.name;
  if (head.startsWith('\ufffdPNG')) return 'PNG';
  let suspicious = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0xfffd || isBinaryDataByte(c)) suspicious++;
  }
  return head.length > 0 && suspicious / head.length > MAX_SUSPICIOUS_SHARE ? 'binary data' : null;
}

/** Media types that are never a page or text, whatever the bytes look like (a server's word for it). */
const BINARY_TYPES = /^\s*(?:image|audio|video|font)\/|^\s*application\/(?:pdf|zip|gzip)\b/i;

/** Names the binary media type of a Content-Type header, or null. */
export function binaryContentType(contentType: string | null | undefined): string | null {
  if (!contentType || !BINARY_TYPES.test(contentType)) return null;
  return contentType.split(';')[0]?.trim() ?? null;
}
