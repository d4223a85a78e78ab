import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { RECORD_TYPE, type IngestItem } from '../item.js';
import { parseRecordLine } from './record.js';

/** JSON Lines from a stream (a file, stdin): see recordLineItems. */
export function jsonlItems(stream: Readable, name: string): AsyncGenerator<IngestItem> {
  return recordLineItems(createInterface({ input: stream, crlfDelay: Infinity }), name);
}

/**
 * JSON Lines in the corpora's format, one item per line keyed `<name>#<id>`; the line itself is the raw
 * input (reprocess re-reads it as a record). A malformed line is a failed item naming its line number,
 * and the lines after it go in. Files, stdin and `POST /api/v1/ingest` bodies all come through here.
 */
export async function* recordLineItems(
  lines: AsyncIterable<string> | Iterable<string>,
  name: string,
): AsyncGenerator<IngestItem> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const parsed = parseRecordLine(line, lineNumber);
    const source = `${name}#${parsed.id}`;
    if ('error' in parsed) {
      yield { kind: 'failed', source, ruleId: 'ingest/bad-record', reason: `${name}: ${parsed.error}` };
      continue;
    }
    yield {
      kind: 'input',
      source,
      raw: { content: line, contentType: RECORD_TYPE, sourceUrl: parsed.input.url ?? null },
      input: parsed.input,
    };
  }
}
