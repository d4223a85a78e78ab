import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { sharedDir } from '../src/core/paths.js';
import { parseRecordLine } from '../src/ingest/sources/record.js';
import { processInput } from '../src/pipeline/run.js';
import type { RawInput } from '../src/stages/extract/index.js';
import type { StartupResult } from './pipeline-startup.js';
import { table } from './table.js';

/**
 * `npm run bench -- pipeline`: documents per second through every stage (extract through quotes) on
 * the KCNA and State Department corpora, one process, one core, after a warm-up; beside it compromise
 * alone (people, places, organizations) on the same texts, since FIELD-NOTES.md puts it at ~30 ms per
 * article. Start-up is measured in a fresh child process. The machine is shared, so the load average
 * is printed with the figures.
 */

const CORPORA = [
  { name: 'KCNA', path: ['kcna-nk-news-2024', 'kcna_selected.jsonl'] },
  { name: 'State Dept', path: ['usdos-press-korea-2021-2022', 'usdos_korea.jsonl'] },
] as const;
const WARM_UP_DOCS = 20;
/** A fixed clock, so the dates stage does the same work on every run. */
const NOW = new Date('2025-01-01T00:00:00Z');

function loadCorpus(path: readonly string[]): RawInput[] {
  const lines = readFileSync(join(sharedDir(), 'data', ...path), 'utf8').split('\n');
  const inputs: RawInput[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = parseRecordLine(line, i + 1);
    if ('input' in parsed) inputs.push(parsed.input);
  });
  return inputs;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

/** One stage's time over a corpus: wall clock, and CPU of this process (which others' load inflates less). */
interface StageTime {
  wallMs: number;
  cpuMs: number;
}

interface Timing {
  perDoc: number[];
  /** CPU milliseconds of this process over the corpus, which the other engineers' load does not inflate. */
  cpuMs: number;
  stages: Map<string, StageTime>;
}

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function timeSitroom(inputs: RawInput[]): Promise<Timing> {
  const stages = new Map<string, StageTime>();
  // CPU since the previous stage ended (or the document began) is this stage's.
  let cpuMark = 0;
  const onStage = (name: string, ms: number) => {
    const now = cpuNow();
    const time = stages.get(name) ?? { wallMs: 0, cpuMs: 0 };
    stages.set(name, { wallMs: time.wallMs + ms, cpuMs: time.cpuMs + now - cpuMark });
    cpuMark = now;
  };
  const perDoc: number[] = [];
  const cpu = process.cpuUsage();
  for (const input of inputs) {
    cpuMark = cpuNow();
    const started = performance.now();
    await processInput(input, { now: NOW, onStage });
    perDoc.push(performance.now() - started);
  }
  const { user, system } = process.cpuUsage(cpu);
  return { perDoc, cpuMs: (user + system) / 1000, stages };
}

/** compromise's out-of-the-box entity calls on the text sitroom reads (title and body as given). */
function timeCompromise(inputs: RawInput[]): number[] {
  return inputs.map((input) => {
    const text = `${input.title ?? ''}\n${input.text ?? input.html ?? ''}`;
    const started = performance.now();
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    return performance.now() - started;
  });
}

function startup(): StartupResult {
  const self = fileURLToPath(import.meta.url);
  const worker = self.replace(/pipeline\.(ts|js)$/, 'pipeline-startup.$1');
  const child = spawnSync(process.execPath, [...process.execArgv, worker], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`pipeline start-up worker failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as StartupResult;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const f1 = (x: number) => x.toFixed(1);

function stageTable(stages: Map<string, StageTime>, docs: number): string {
  const total = sum([...stages.values()].map((t) => t.cpuMs));
  const rows = [['stage', 'ms/doc', 'cpu ms/doc', 'cpu share']];
  for (const [name, { wallMs, cpuMs }] of stages) {
    rows.push([name, (wallMs / docs).toFixed(2), (cpuMs / docs).toFixed(2), `${f1((100 * cpuMs) / total)}%`]);
  }
  return table(rows);
}

export async function benchPipeline(): Promise<void> {
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  console.log(`load average before: ${load()}`);
  const start = startup();
  const corpora = CORPORA.map((c) => ({ name: c.name, inputs: loadCorpus(c.path) }));
  // Warm-up: models loaded and the hot functions compiled before anything is timed.
  const warm = corpora.flatMap((c) => c.inputs.slice(0, WARM_UP_DOCS / 2));
  await timeSitroom(warm);
  timeCompromise(warm);
  const rows = [['corpus', 'docs', 'docs/s', 'docs/cpu-s', 'median ms', 'p95 ms', 'compromise ms', 'ratio']];
  const allStages = new Map<string, StageTime>();
  let docs = 0;
  for (const { name, inputs } of corpora) {
    const { perDoc, cpuMs, stages } = await timeSitroom(inputs);
    const base = timeCompromise(inputs);
    for (const [stage, t] of stages) {
      const all = allStages.get(stage) ?? { wallMs: 0, cpuMs: 0 };
      allStages.set(stage, { wallMs: all.wallMs + t.wallMs, cpuMs: all.cpuMs + t.cpuMs });
    }
    docs += inputs.length;
    rows.push([
      name,
      String(inputs.length),
      f1((1000 * inputs.length) / sum(perDoc)),
      f1((1000 * inputs.length) / cpuMs),
      f1(quantile(perDoc, 0.5)),
      f1(quantile(perDoc, 0.95)),
      f1(quantile(base, 0.5)),
      `${(sum(perDoc) / sum(base)).toFixed(2)}x`,
    ]);
  }
  console.log(table(rows));
  console.log(
    '(docs/s: wall clock; docs/cpu-s: per CPU second of this process; compromise ms: median per doc of\n' +
      ' nlp(text).people/places/organizations; ratio: total wall time, sitroom / compromise)',
  );
  console.log(`\nper stage, both corpora:\n${stageTable(allStages, docs)}`);
  console.log(
    `\nstart-up (fresh process): node ${f1(start.nodeMs)} ms, import ${f1(start.importMs)} ms, ` +
      `first document ${f1(start.firstDocMs)} ms`,
  );
  console.log(`load average after: ${load()}`);
}
