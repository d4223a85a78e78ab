import { message, type Message } from '../../../core/message.js';
import { declaredCharset, guessLegacyEncoding, strictUtf8 } from './charset.js';
import { decodeAs } from './windows-1252.js';

export interface DecodedText {
  content: string;
  /** The WHATWG name of the encoding used. */
  encoding: string;
  messages: Message[];
}

/**
 * Bytes to a string: the declared encoding when there is one, else UTF-8 when the bytes are valid UTF-8,
 * else a guess between EUC-KR and Windows-1252. A page that declares UTF-8 but is not (Korean portals
 * that moved servers and kept an EUC-KR archive) is treated as undeclared, with a warning.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const messages: Message[] = [];
  const declared = declaredCharset(bytes, contentType);
  if (declared && declared.encoding !== 'utf-8') {
    const content = decodeAs(declared.encoding, bytes.subarray(declared.skip));
    return { content, encoding: declared.encoding, messages };
  }
  const utf8 = strictUtf8(bytes.subarray(declared?.skip ?? 0));
  if (utf8 !== null) return { content: utf8, encoding: 'utf-8', messages };
  const encoding = guessLegacyEncoding(bytes);
  const why = declared
    ? `the input declares UTF-8 (${declared.source}) but is not valid UTF-8`
    : 'the input is not valid UTF-8 and declares no encoding';
  messages.push(
    message('warning', 'extract/encoding-guessed', `${why}; decoded as ${encoding} by byte statistics`),
  );
  return { content: decodeAs(encoding, bytes), encoding, messages };
}
