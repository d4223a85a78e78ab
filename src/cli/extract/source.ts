import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { InputError } from '../../core/errors.js';
import { formatBytes } from '../../stages/extract/decode.js';
import type { RawInput } from '../../stages/extract/index.js';
import { fetchUrl, type FetchOptions } from '../../stages/fetch/index.js';

/** Anything with a scheme is a URL (and fetch refuses the schemes it does not speak); the rest are paths. */
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

export interface SourceOptions extends FetchOptions {
  maxBytes: number;
}

/** Reads what `sitroom extract` was pointed at: a URL, `-` for stdin, or a file path. */
export async function readSource(source: string, options: SourceOptions): Promise<RawInput> {
  if (URL_LIKE.test(source)) {
    const fetched = await fetchUrl(source, options);
    return { bytes: fetched.bytes, contentType: fetched.contentType, url: fetched.url };
  }
  if (source === '-') return { bytes: await readBounded(process.stdin, 'standard input', options.maxBytes) };
  return { bytes: await readFileBounded(source, options.maxBytes) };
}

async function readFileBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error);
  });
  if (info.isDirectory()) throw new InputError('source/not-a-file', `${path} is a directory, not a file`);
  // A regular file's size is known: refuse it before reading. Devices and pipes are read up to the limit.
  if (info.isFile() && info.size > maxBytes) throw tooLarge(path, maxBytes, info.size);
  return readBounded(createReadStream(path), path, maxBytes);
}

/** Reads a stream to the end, but never more than `maxBytes` (so /dev/zero or an endless pipe stops). */
export async function readBounded(stream: Readable, name: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        stream.destroy();
        throw tooLarge(name, maxBytes);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(name, error as NodeJS.ErrnoException);
  }
  return Buffer.concat(chunks);
}

function fileError(path: string, error: NodeJS.ErrnoException): InputError {
  if (error.code === 'ENOENT')
    return new InputError('source/not-found', `no such file: ${path}`, { cause: error });
  if (error.code === 'EISDIR')
    return new InputError('source/not-a-file', `${path} is a directory, not a file`);
  return new InputError('source/unreadable', `cannot read ${path}: ${error.code ?? error.message}`, {
    cause: error,
  });
}

const tooLarge = (name: string, maxBytes: number, size?: number) =>
  new InputError(
    'source/too-large',
    `${name} is ${size === undefined ? 'larger than' : `${formatBytes(size)}, over`} the limit of ${formatBytes(maxBytes)} (see --max-bytes)`,
  );
