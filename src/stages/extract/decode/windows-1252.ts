/**
 * Windows-1252 decoding that is right on every Node version. Node 20's TextDecoder('windows-1252') decodes
 * as ISO-8859-1, turning the curly quotes 0x93/0x94 of a Word-pasted US page into invisible C1 controls
 * U+0093/U+0094; the WHATWG table maps 0x80–0x9F to these characters instead.
 */
const C1_TABLE = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const C1_CONTROL = /[\u0080-\u009f]/g;

export function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return text.replace(C1_CONTROL, (c) => C1_TABLE[c.charCodeAt(0) - 0x80] ?? c);
}

/** TextDecoder, except that windows-1252 (and its labels such as iso-8859-1) goes through the table above. */
export function decodeAs(encoding: string, bytes: Uint8Array): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}
