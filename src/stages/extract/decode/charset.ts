/**
 * Which character encoding a page's bytes are in, in the order browsers trust the evidence (WHATWG
 * Encoding, "decode"): a byte order mark, then the HTTP Content-Type charset, then a <meta> charset in the
 * first bytes, then valid UTF-8, then a guess between EUC-KR and Windows-1252 — the two legacy encodings
 * our sources use (older Korean portals; US and European pages saved from Windows).
 */

/** Where the encoding came from, so a guess can be reported as one. */
export type CharsetSource = 'bom' | 'http' | 'meta';

export interface Charset {
  /** A WHATWG encoding name TextDecoder accepts ("utf-8", "euc-kr", "windows-1252", "utf-16le"). */
  encoding: string;
  source: CharsetSource;
  /** Bytes to skip before decoding (a byte order mark). */
  skip: number;
}

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
];

/** The HTML spec prescans 1024 bytes; pages with long <head> comments put <meta charset> later, so 4 KiB. */
const PRESCAN_BYTES = 4096;

const CHARSET_PARAM = /charset\s*=\s*["']?\s*([\w.:-]+)/i;
const CHARSET_PARAM_LABEL = 1;
/** `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">` alike. */
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const META_CHARSET_LABEL = 1;

/** The WHATWG name for an encoding label ("ks_c_5601-1987" → "euc-kr"), or null if unsupported. */
export function encodingFor(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

export function bomCharset(bytes: Uint8Array): Charset | null {
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  return bom ? { encoding: bom.encoding, source: 'bom', skip: bom.bytes.length } : null;
}

export function contentTypeCharset(contentType: string | null | undefined): string | null {
  const label = contentType ? CHARSET_PARAM.exec(contentType)?.[CHARSET_PARAM_LABEL] : undefined;
  return label ? encodingFor(label) : null;
}

export function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[META_CHARSET_LABEL];
  const encoding = label ? encodingFor(label) : null;
  // A page whose <meta> says UTF-16 was read as ASCII to find it, so it is not UTF-16 (HTML spec).
  return encoding?.startsWith('utf-16') ? 'utf-8' : encoding;
}

/** Decodes strictly as UTF-8; null when the bytes are not valid UTF-8. */
export function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const isEucKrByte = (b: number | undefined): boolean => b !== undefined && b >= 0xa1 && b <= 0xfe;

/** Share of high bytes that pair up as EUC-KR (KS X 1001) double bytes above which the text is Korean. */
const MIN_EUC_KR_PAIR_SHARE = 0.8;

/**
 * EUC-KR or Windows-1252, for bytes that are not UTF-8. In EUC-KR every non-ASCII character is two bytes
 * in 0xA1–0xFE; in Windows-1252 text the high bytes are mostly alone between ASCII letters ("café",
 * curly quotes 0x93/0x94 around words), and CP949 would happily decode those as rare Hangul, so counting
 * pairs is more reliable than trying a strict decode.
 */
export function guessLegacyEncoding(bytes: Uint8Array): 'euc-kr' | 'windows-1252' {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    high++;
    if (isEucKrByte(b) && isEucKrByte(bytes[i + 1])) {
      high++;
      paired += 2;
      i++;
    }
  }
  return high > 0 && paired / high >= MIN_EUC_KR_PAIR_SHARE ? 'euc-kr' : 'windows-1252';
}

/** The encoding the input declares (byte order mark, HTTP header, <meta>), strongest first; null if none. */
export function declaredCharset(bytes: Uint8Array, contentType?: string | null): Charset | null {
  const bom = bomCharset(bytes);
  if (bom) return bom;
  const http = contentTypeCharset(contentType);
  if (http) return { encoding: http, source: 'http', skip: 0 };
  const meta = metaCharset(bytes);
  return meta ? { encoding: meta, source: 'meta', skip: 0 } : null;
}
