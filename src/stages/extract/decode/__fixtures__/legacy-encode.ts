import { decodeWindows1252 } from '../windows-1252.js';

/**
 * Encoders for the legacy encodings the decode tests need, built by inverting the decoders
 * (TextDecoder for EUC-KR, our table for Windows-1252) (TextEncoder only writes UTF-8), so test pages hold the exact bytes such a site serves.
 */

function invert(decode: (bytes: Uint8Array) => string, codes: number[][]): Map<string, number[]> {
  const table = new Map<string, number[]>();
  for (const bytes of codes) {
    try {
      const char = decode(new Uint8Array(bytes));
      if (!table.has(char)) table.set(char, bytes);
    } catch {
      // Not a character in this encoding.
    }
  }
  return table;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** KS X 1001 double bytes (lead and trail in 0xA1–0xFE): all of EUC-KR's Hangul, Hanja and symbols. */
const eucKrDecoder = new TextDecoder('euc-kr', { fatal: true });
const eucKr = invert(
  (bytes) => eucKrDecoder.decode(bytes),
  range(0xa1, 0xfe).flatMap((lead) => range(0xa1, 0xfe).map((trail) => [lead, trail])),
);
const windows1252 = invert(
  decodeWindows1252,
  range(0x80, 0xff).map((b) => [b]),
);

function encodeWith(table: Map<string, number[]>, text: string): Uint8Array {
  const bytes = [...text].flatMap((char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return [code];
    const encoded = table.get(char);
    if (!encoded) throw new Error(`cannot encode ${JSON.stringify(char)}`);
    return encoded;
  });
  return new Uint8Array(bytes);
}

export const encodeEucKr = (text: string): Uint8Array => encodeWith(eucKr, text);
export const encodeWindows1252 = (text: string): Uint8Array => encodeWith(windows1252, text);
