import type { IncomingMessage } from 'node:http';
import { Transform, Writable, type Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchError } from '../../core/errors.js';
import { formatBytes } from '../extract/decode.js';

/** The decompressor for a Content-Encoding header; null for identity; FetchError for anything else. */
function decompressor(encoding: string | undefined): Duplex | null {
  const name = encoding?.trim().toLowerCase() ?? '';
  if (name === '' || name === 'identity') return null;
  if (name === 'gzip' || name === 'x-gzip') return createGunzip();
  if (name === 'deflate') return createInflate();
  if (name === 'br') return createBrotliDecompress();
  throw new FetchError('fetch/bad-encoding', `unsupported Content-Encoding "${encoding}"`);
}

/** Passes bytes through until more than `maxBytes` have gone by, then fails the stream. */
function limit(maxBytes: number, what: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > maxBytes) done(tooLarge(`${what} exceeds`, maxBytes));
      else done(null, chunk);
    },
  });
}

const tooLarge = (what: string, maxBytes: number) =>
  new FetchError('fetch/too-large', `the response ${what} the limit of ${formatBytes(maxBytes)}`);

/**
 * Reads a response body into memory, never holding more than `maxBytes`: a declared Content-Length over
 * the limit stops before reading; the wire bytes and, for compressed bodies, the decompressed bytes are
 * both counted while streaming (a 10 KB gzip bomb can inflate to gigabytes).
 */
export async function readBody(res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.resume();
    throw tooLarge(`body (${formatBytes(declared)}) exceeds`, maxBytes);
  }
  const chunks: Buffer[] = [];
  const collect = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const inflate = decompressor(res.headers['content-encoding']);
  try {
    if (inflate)
      await pipeline(res, limit(maxBytes, 'body'), inflate, limit(maxBytes, 'decompressed body'), collect);
    else await pipeline(res, limit(maxBytes, 'body'), collect);
  } catch (error) {
    if (error instanceof FetchError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code.startsWith('ERR__')) {
      throw new FetchError(
        'fetch/bad-encoding',
        `the response body is not valid ${res.headers['content-encoding']}`,
        { cause: error },
      );
    }
    throw error;
  }
  return Buffer.concat(chunks);
}
