import { message, type Message } from '../../core/message.js';
import { bomCharset } from './decode/charset.js';
import { decodeBytes } from './decode/text-decode.js';
import { isHtmlDocument, kindFromContentType, sniffKind } from './decode/kind.js';
import { binaryContentType, sniffBinaryBytes, sniffBinaryText } from './decode/sniff.js';
import type { RawInput } from './input.js';

export interface Decoded {
  /** What to extract with; 'binary', 'empty' and 'too-large' carry a fatal message and no content. */
  kind: 'html' | 'text' | 'binary' | 'empty' | 'too-large';
  content: string;
  /** The encoding the bytes were decoded from; null when the input was already a string. */
  encoding: string | null;
  messages: Message[];
}

export interface DecodeOptions {
  /** Largest input accepted, in bytes (UTF-8 bytes for string input). */
  maxBytes?: number;
}

/**
 * 16 MiB: the largest news pages we have seen are about 3 MB of HTML (inline scripts and images); past
 * this, parsing would take seconds and the input is almost surely not an article.
 */
export const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** Turns raw input into a string and says how to extract it; refusals come back as fatal messages. */
export function decodeInput(input: RawInput, options: DecodeOptions = {}): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const given = input.html ?? input.text;
  if (given !== undefined) return decodeString(given, input.html !== undefined, maxBytes);
  return decodeRawBytes(input.bytes ?? new Uint8Array(), input.contentType, maxBytes);
}

function decodeString(content: string, declaredHtml: boolean, maxBytes: number): Decoded {
  const size = Buffer.byteLength(content, 'utf8');
  if (size > maxBytes) return refuse('too-large', tooLarge(size, maxBytes));
  if (content.trim() === '') return refuse('empty', emptyInput());
  const binary = sniffBinaryText(content);
  if (binary) return refuse('binary', binaryInput(binary));
  if (declaredHtml) return { kind: 'html', content, encoding: null, messages: [] };
  // A record whose "text" is a whole HTML document is read as HTML: as text it would keep every tag.
  if (!isHtmlDocument(content)) return { kind: 'text', content, encoding: null, messages: [] };
  const note = message('info', 'extract/text-is-html', 'the "text" given is an HTML document; read as HTML');
  return { kind: 'html', content, encoding: null, messages: [note] };
}

function decodeRawBytes(
  bytes: Uint8Array,
  contentType: string | null | undefined,
  maxBytes: number,
): Decoded {
  // 1. Size first, so a huge input costs nothing more.
  if (bytes.length > maxBytes) return refuse('too-large', tooLarge(bytes.length, maxBytes));
  // 2. Binary formats, by signature and control-byte density (UTF-16 text, marked by its byte order
  //    mark, is half NUL bytes, so it skips the density test).
  const binary = (bomCharset(bytes) ? null : sniffBinaryBytes(bytes)) ?? binaryContentType(contentType);
  if (binary) return refuse('binary', binaryInput(binary));
  // 3. Characters, from the declared or detected encoding.
  const { content, encoding, messages } = decodeBytes(bytes, contentType);
  if (content.trim() === '') return refuse('empty', emptyInput());
  // 4. HTML or text: the header when it says, else the content.
  const kind = kindFromContentType(contentType) ?? sniffKind(content);
  return { kind, content, encoding, messages };
}

function refuse(kind: 'binary' | 'empty' | 'too-large', fatal: Message): Decoded {
  return { kind, content: '', encoding: null, messages: [fatal] };
}

const binaryInput = (format: string): Message =>
  message('fatal', 'extract/binary-input', `the input is ${format}, not a web page or text`);

const emptyInput = (): Message => message('fatal', 'extract/empty-input', 'the input is empty');

const tooLarge = (size: number, maxBytes: number): Message =>
  message(
    'fatal',
    'extract/too-large',
    `the input is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)}`,
  );

/** "50.0 MiB", "812 bytes": sizes in messages people read. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}
