import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isSkipped } from './sources/files.js';

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * How many items the sources hold, for the progress bar: files in folders, non-empty lines in JSONL
 * files. Null when a source cannot be counted before reading it (a URL, a feed, stdin, a .gz).
 */
export async function countItems(sources: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const source of sources) {
    if (source === '-' || URL_LIKE.test(source)) return null;
    const n = await countPath(source);
    if (n === null) return null;
    total += n;
  }
  return total;
}

async function countPath(path: string): Promise<number | null> {
  const info = await stat(path).catch(() => null);
  if (!info) return 1;
  if (!info.isDirectory()) return countFile(path);
  let total = 0;
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (isSkipped(entry.name)) continue;
    const n = await countPath(join(path, entry.name));
    if (n === null) return null;
    total += n;
  }
  return total;
}

async function countFile(path: string): Promise<number | null> {
  if (/\.(?:jsonl|ndjson)\.gz$/i.test(path)) return null;
  if (!/\.(?:jsonl|ndjson)$/i.test(path)) return 1;
  const text = await readFile(path, 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '').length;
}
