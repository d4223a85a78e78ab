import type { IngestSummary } from '../src/ingest/loop.js';
import { PHASES, type Timings } from '../src/ingest/timings.js';
import { table } from './table.js';

/** One ingest of one corpus: what it stored, its wall time, its process CPU (every thread) and its split. */
export interface Pass {
  dialect: string;
  pipeline: string;
  corpus: string;
  summary: IngestSummary;
  cpuMs: number;
  timings: Timings;
}

/** docs/s is wall time (the machine is shared, so it moves with the load); docs/cpu-s is this process's CPU. */
export function passTable(passes: Pass[]): string {
  const rows = [
    [
      'database',
      'pipeline',
      'corpus',
      'items',
      'docs/s',
      'docs/cpu-s',
      'new',
      'upd',
      'dup',
      'failed',
      'events',
    ],
  ];
  const row = (p: Pick<Pass, 'dialect' | 'pipeline' | 'corpus'>, s: IngestSummary, cpuMs: number) => [
    p.dialect,
    p.pipeline,
    p.corpus,
    String(s.items),
    (s.items / Math.max(s.seconds, 1e-3)).toFixed(1),
    (s.items / Math.max(cpuMs / 1000, 1e-3)).toFixed(1),
    String(s.counts.new),
    String(s.counts.updated),
    String(s.counts.duplicate),
    String(s.counts.failed),
    String(s.events),
  ];
  for (const [key, group] of groupBy(passes, (p) => `${p.dialect}|${p.pipeline}`)) {
    for (const p of group) rows.push(row(p, p.summary, p.cpuMs));
    const [dialect = '', pipeline = ''] = key.split('|');
    if (group.length > 1)
      rows.push(
        row(
          { dialect, pipeline, corpus: 'all' },
          total(group),
          sum(group, (p) => p.cpuMs),
        ),
      );
  }
  return table(rows);
}

/**
 * Where an ingest's CPU goes, per document extracted, from the one-core passes (the pipeline in the
 * same thread, so each phase's CPU is its own): reading input, hashing the raw input and asking the
 * store whether it was seen, the pipeline, the store writes (dedup included; `fingerprintMs` is the
 * dedup fingerprints alone: normalized text hash, shingles, MinHash), reporting, and the rest.
 */
export function splitTable(passes: Pass[], fingerprintMs: Record<string, number>): string {
  const rows = [['database', 'phase', 'cpu ms/doc', 'share', 'wall ms/doc']];
  for (const [dialect, group] of groupBy(passes, (p) => p.dialect)) {
    const docs = Math.max(
      1,
      sum(group, (p) => p.summary.counts.new + p.summary.counts.updated),
    );
    const cpu = sum(group, (p) => p.cpuMs);
    const wall = sum(group, (p) => p.summary.seconds * 1000);
    const phases = PHASES.map((phase) => ({
      phase: phase === 'check' ? 'check (raw hash, seen?)' : phase,
      cpu: sum(group, (p) => p.timings[phase].cpuMs),
      wall: sum(group, (p) => p.timings[phase].wallMs),
    }));
    const other = {
      phase: 'other',
      cpu: cpu - sum(phases, (p) => p.cpu),
      wall: wall - sum(phases, (p) => p.wall),
    };
    for (const p of [...phases, other]) {
      rows.push([
        dialect,
        p.phase,
        (p.cpu / docs).toFixed(2),
        `${((100 * p.cpu) / cpu).toFixed(1)} %`,
        (p.wall / docs).toFixed(2),
      ]);
      if (p.phase === 'store')
        rows.push([
          dialect,
          '  of which dedup fingerprints',
          (fingerprintMs[dialect] ?? 0).toFixed(2),
          '',
          '',
        ]);
    }
    rows.push([dialect, 'total', (cpu / docs).toFixed(2), '100 %', (wall / docs).toFixed(2)]);
  }
  return table(rows);
}

function total(passes: Pass[]): IngestSummary {
  const counts = { new: 0, duplicate: 0, updated: 0, failed: 0 };
  for (const p of passes)
    for (const k of Object.keys(counts) as Array<keyof typeof counts>) counts[k] += p.summary.counts[k];
  return {
    items: sum(passes, (p) => p.summary.items),
    counts,
    events: sum(passes, (p) => p.summary.events),
    seconds: sum(passes, (p) => p.summary.seconds),
    failures: [],
  };
}

const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((n, x) => n + f(x), 0);

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const x of xs) groups.set(key(x), [...(groups.get(key(x)) ?? []), x]);
  return groups;
}
