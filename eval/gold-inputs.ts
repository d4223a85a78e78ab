import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { RawInput } from '../src/stages/extract/index.js';

/** A gold file and the input it names, built exactly as ../shared/tools/run-gold.mjs builds it. */
export interface GoldCase {
  goldPath: string;
  /** The gold file's `doc`: `data/<folder>/<file>` or `data/<folder>/<file>.jsonl#<id>`. */
  doc: string;
  input: RawInput;
}

interface GoldFile {
  doc: string;
  publishedAt?: string;
}

interface CorpusRecord {
  id: string | number;
  text?: string;
  title?: string;
  headline?: string;
  url?: string;
  date?: string;
}

export function goldCases(goldDir: string, shared: string): GoldCase[] {
  const records = new Map<string, Map<string, CorpusRecord>>();
  const recordOf = (file: string, id: string): CorpusRecord => {
    if (!records.has(file)) records.set(file, readCorpus(file));
    const r = records.get(file)?.get(id);
    if (!r) throw new Error(`no record ${id} in ${file}`);
    return r;
  };
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((name) => {
      const goldPath = join(goldDir, name);
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
      const [file = '', id] = gold.doc.split('#');
      const where = isAbsolute(file) ? file : join(shared, file);
      if (!id) {
        const input: RawInput = { text: readFileSync(where, 'utf8') };
        if (gold.publishedAt) input.publishedAt = gold.publishedAt;
        return { goldPath, doc: gold.doc, input };
      }
      const r = recordOf(where, id);
      const input: RawInput = {
        text: r.text ?? '',
        title: r.title ?? r.headline ?? null,
        url: r.url ?? null,
        publishedAt: gold.publishedAt ?? r.date ?? null,
      };
      return { goldPath, doc: gold.doc, input };
    });
}

function readCorpus(file: string): Map<string, CorpusRecord> {
  const rows = new Map<string, CorpusRecord>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as CorpusRecord;
    rows.set(String(r.id), r);
  }
  return rows;
}
