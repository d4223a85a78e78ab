import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoDir, sharedDir } from '../src/core/paths.js';
import { goldCases, type GoldCase } from './gold-inputs.js';
import type { EvalRow, EvalSection } from './table.js';

/** The reference scorer's last line: `events P=.. R=.. F1=.. date=.. persons F1=.. quotes R=.. extraction=..`. */
const TOTALS =
  /events P=(?<p>\S+) R=(?<r>\S+) F1=(?<f1>\S+) date=(?<date>\S+) persons F1=(?<persons>\S+) quotes R=(?<quotes>\S+) extraction=(?<extraction>\S+)/;

type Totals = Record<'p' | 'r' | 'f1' | 'date' | 'persons' | 'quotes' | 'extraction', number>;

/** The document that started the project; its own lines carry the seed targets. */
const SEED_DOC = 'data/seed/000_9d94f2f1227101d4.txt';

/**
 * Runs `sitroom extract --jsonl` over every gold document, as ../shared/tools/run-gold.mjs does, and
 * scores the outputs with the reference scorer itself (../shared/tools/score.mjs): these figures are
 * the reference tools' by construction.
 */
export const goldSection: EvalSection = {
  title: 'gold documents (../shared/gold, scored by ../shared/tools/score.mjs)',
  async run() {
    const shared = sharedDir();
    const cases = goldCases(join(shared, 'gold'), shared);
    const dir = mkdtempSync(join(tmpdir(), 'sitroom-gold-'));
    try {
      const scored = writeOutputs(cases, dir);
      const baseline = cases.map((c, i) => writeRawBaseline(c, join(dir, `raw-${i}.json`)));
      const seed = scored.filter((s) => s.doc === SEED_DOC);
      return [
        ...rowsFor(
          'seed',
          score(shared, seed),
          seed.length
            ? score(
                shared,
                baseline.filter((b) => b.doc === SEED_DOC),
              )
            : null,
          true,
        ),
        ...rowsFor(`all ${cases.length}`, score(shared, scored), score(shared, baseline), false),
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

interface Scored {
  doc: string;
  goldPath: string;
  predPath: string;
}

/** One `--jsonl` batch through the installed command, one prediction file per gold document. */
function writeOutputs(cases: GoldCase[], dir: string): Scored[] {
  const input = cases.map((c, i) => JSON.stringify({ id: `gold-${i}`, ...c.input })).join('\n');
  const bin = join(repoDir(), 'bin', 'sitroom.js');
  const run = spawnSync(process.execPath, [bin, 'extract', '--jsonl'], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`sitroom extract --jsonl failed: ${run.stderr}`);
  const outputs = new Map<string, string>();
  for (const line of run.stdout.split('\n')) {
    if (line.trim()) outputs.set(String((JSON.parse(line) as { id: unknown }).id), line);
  }
  return cases.map((c, i) => {
    const predPath = join(dir, `${i}.json`);
    writeFileSync(predPath, outputs.get(`gold-${i}`) ?? '{}');
    return { doc: c.doc, goldPath: c.goldPath, predPath };
  });
}

/** The baseline for extraction: the input as it came, with no extraction at all. */
function writeRawBaseline(c: GoldCase, predPath: string): Scored {
  writeFileSync(
    predPath,
    JSON.stringify({ title: c.input.title ?? null, text: c.input.text ?? '', byline: [], images: [] }),
  );
  return { doc: c.doc, goldPath: c.goldPath, predPath };
}

function score(shared: string, docs: Scored[]): Totals | null {
  const scorer = join(shared, 'tools', 'score.mjs');
  if (docs.length === 0 || !existsSync(scorer)) return null;
  const args = [scorer, ...docs.flatMap((d) => [d.goldPath, d.predPath])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const m = TOTALS.exec(run.stdout.trim().split('\n').at(-1) ?? '');
  if (!m?.groups) throw new Error(`the reference scorer printed no totals: ${run.stderr || run.stdout}`);
  return Object.fromEntries(Object.entries(m.groups).map(([k, v]) => [k, Number(v)])) as Totals;
}

function rowsFor(label: string, ours: Totals | null, raw: Totals | null, seed: boolean): EvalRow[] {
  if (!ours) return [];
  const row = (name: string, key: keyof Totals, min: number | null, base?: number): EvalRow => ({
    name: `${label}: ${name}`,
    ours: ours[key].toFixed(3),
    baseline: base === undefined ? null : base.toFixed(3),
    target: min === null ? null : `≥ ${min.toFixed(2)}`,
    pass: min === null ? null : ours[key] >= min,
  });
  return [
    row('extraction checks', 'extraction', seed ? 1 : 0.95, raw?.extraction),
    row('persons F1', 'persons', seed ? null : 0.95),
    row('events F1', 'f1', seed ? 0.85 : 0.7),
    row('event date accuracy', 'date', seed ? 0.9 : null),
    row('quotes recall', 'quotes', seed ? 1 : null),
  ];
}
