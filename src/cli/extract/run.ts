import { emptyDocument, type Document } from '../../core/document.js';
import { processInput } from '../../pipeline/run.js';
import type { RawInput } from '../../stages/extract/index.js';
import { EXIT, errorMessage, reportFatal, stableStringify } from '../output.js';
import { extractBatch } from './batch.js';
import { readSource, type SourceOptions } from './source.js';
import { formatSummary, terminalStyle } from './summary.js';

/** What `sitroom extract` was asked to do, after its arguments were checked. */
export interface ExtractOptions extends SourceOptions {
  /** A path, a URL or `-`; null with --jsonl reads stdin. */
  source: string | null;
  jsonl: boolean;
  json: boolean;
  published: string | null;
  url: string | null;
}

/** Runs the extract command; loaded only when needed, since the pipeline loads its models on import. */
export async function runExtract(options: ExtractOptions): Promise<number> {
  if (options.jsonl) {
    await extractBatch(process.stdin, process.stdout);
    // Per-item failures are in each line's messages; a non-zero exit would tell run-gold.mjs the whole
    // batch failed and lose every good line.
    return EXIT.ok;
  }
  const doc = await extractOne(options);
  process.stdout.write(
    options.json
      ? `${stableStringify(doc, 2)}\n`
      : fatalOf(doc)
        ? ''
        : formatSummary(doc, terminalStyle(process.stdout)),
  );
  const fatal = fatalOf(doc);
  return fatal ? reportFatal(fatal) : EXIT.ok;
}

/**
 * One document from a file, URL or stdin. A source that cannot be read (missing file, refused URL) gives a
 * Document holding only the fatal message, so --json always prints one Document.
 */
async function extractOne(options: ExtractOptions): Promise<Document> {
  let raw: RawInput;
  try {
    raw = await readSource(options.source ?? '-', options);
  } catch (error) {
    const fatal = errorMessage(error);
    if (!fatal) throw error;
    return { ...emptyDocument(), url: options.url, messages: [fatal] };
  }
  const input: RawInput = { ...raw, maxBytes: options.maxBytes };
  if (options.url) input.url = options.url;
  if (options.published) input.publishedAt = options.published;
  return processInput(input);
}

const fatalOf = (doc: Document) => doc.messages.find((m) => m.severity === 'fatal');
