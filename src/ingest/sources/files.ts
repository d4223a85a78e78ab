import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { looksLikeFeed, parseFeed } from '../feeds/parse.js';
import { UNKNOWN_TYPE, type IngestItem } from '../item.js';
import { feedItem, type FeedContext } from './feed-items.js';
import { jsonlItems } from './jsonl.js';

const JSONL = new Set(['.jsonl', '.ndjson']);
/** Files a folder walk passes over: hidden files, notes and other non-article files found beside pages. */
const SKIPPED = /^\.|\.(?:md|json|csv|tsv|pdf|png|jpe?g|gif|zip)$/i;

export const isSkipped = (name: string): boolean => SKIPPED.test(name);

/** A file or a folder (recursively, in name order): JSONL files give one item per line, others one each. */
export async function* pathItems(path: string, ctx: FeedContext): AsyncGenerator<IngestItem> {
  const full = resolve(path);
  const info = await stat(full).catch(() => null);
  if (!info) {
    yield { kind: 'failed', source: full, ruleId: 'source/not-found', reason: `no such file: ${path}` };
    return;
  }
  if (!info.isDirectory()) {
    yield* fileItems(full, ctx);
    return;
  }
  for (const file of await walk(full)) yield* fileItems(file, ctx);
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const files: string[] = [];
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** The extension that says what a file holds, under a `.gz`. */
const innerExt = (file: string) => extname(file.replace(/\.gz$/i, '')).toLowerCase();

async function* fileItems(file: string, ctx: FeedContext): AsyncGenerator<IngestItem> {
  const gz = /\.gz$/i.test(file);
  if (JSONL.has(innerExt(file))) {
    const stream: Readable = gz ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
    yield* jsonlItems(stream, file);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = gz ? gunzipSync(await readFile(file)) : await readFile(file);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? String(error);
    yield {
      kind: 'failed',
      source: file,
      ruleId: 'source/unreadable',
      reason: `cannot read ${file}: ${why}`,
    };
    return;
  }
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8');
  if (looksLikeFeed(head)) {
    yield* feedFileItems(Buffer.from(bytes).toString('utf8'), file, ctx);
    return;
  }
  yield { kind: 'input', source: file, raw: { content: bytes, contentType: UNKNOWN_TYPE }, input: { bytes } };
}

/** A saved feed: its items, without the fetch state a feed URL keeps. */
async function* feedFileItems(xml: string, file: string, ctx: FeedContext): AsyncGenerator<IngestItem> {
  const feed = parseFeed(xml);
  for (const item of feed?.items ?? []) {
    const result = await feedItem(item, file, ctx);
    if (result) yield result;
  }
}

/** Wraps stdin so JSON Lines can be piped in with `-`. */
export const stdinItems = (): AsyncGenerator<IngestItem> => jsonlItems(Readable.from(process.stdin), 'stdin');
