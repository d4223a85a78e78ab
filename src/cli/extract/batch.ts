import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { emptyDocument, type Document } from '../../core/document.js';
import { message } from '../../core/message.js';
import { processInput } from '../../pipeline/run.js';
import { stableStringify, writeLine } from '../output.js';
import { parseRecord } from './record.js';

/**
 * `sitroom extract --jsonl`: one JSON record per input line, one `{"id", ...Document}` per output line, in
 * order, written as each is done (a batch of thousands never sits in memory). A bad line or a failing
 * page yields its line with a fatal message and the batch goes on; the count of failures is returned.
 */
export async function extractBatch(input: Readable, output: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let failed = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const result = await extractLine(line, lineNumber);
    if (result.messages.some((m) => m.severity === 'fatal')) failed++;
    await writeLine(output, stableStringify(result));
  }
  return failed;
}

async function extractLine(line: string, lineNumber: number): Promise<{ id: string | number } & Document> {
  const record = parseRecord(line, lineNumber);
  const { id } = record;
  if (!record.input) return { id, ...emptyDocument(), messages: record.messages };
  try {
    const doc = await processInput(record.input);
    return { id, ...doc, messages: [...record.messages, ...doc.messages] };
  } catch (error) {
    // A bug on one page (a parser limit, a stack overflow) must not cost the rest of the batch.
    const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const crash = message('fatal', 'extract/crashed', `extraction failed on record ${id}: ${why}`);
    return { id, ...emptyDocument(), messages: [...record.messages, crash] };
  }
}
