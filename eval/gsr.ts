// PLOVER gold standard records (../shared/data/plover-gsr-cameo): each sentence coded by our events
// coder, scored by the reference scorer (../shared/tools/score-gsr.mjs) itself, so the numbers agree
// by construction. The records are split by a hash of their id into a development part and a
// held-out part (one in three) that no rule was looked at against; both are reported.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor, Event } from '../src/core/document.js';
import { sharedDir } from '../src/core/paths.js';
import { processInput } from '../src/pipeline/run.js';
import {
  codeSentence,
  gazetteerActors,
  loadVerbLexicon,
  type DomainRule,
} from '../src/stages/events/index.js';
import { splitSentences } from '../src/stages/sentences/index.js';
import type { EvalRow, EvalSection } from './table.js';

export interface GsrActor {
  actorText?: string;
  code?: string;
}

export interface GsrRecord {
  id: string;
  event: string;
  text?: string;
  /** A list of actors, or "" when the record has none. */
  source?: GsrActor[] | string;
  target?: GsrActor[] | string;
}

export interface GsrScore {
  p: number;
  r: number;
  f1: number;
  typeAcc: number;
  n: number;
}

/** FNV-1a of the id: a fixed split that does not depend on file order. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (const ch of id) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return h;
}

export function isHeldOut(id: string): boolean {
  return hash(id) % 3 === 0;
}

export function readGsr(): GsrRecord[] {
  const path = join(sharedDir(), 'data', 'plover-gsr-cameo', 'PLOVER_GSR_CAMEO.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as GsrRecord[]).filter((r) => r.event !== 'DOCUMENT');
}

/**
 * The GSR (PLOVER 0.5, 2016) codes every transnational body IGO, governmental or not: the UN, the EC,
 * and also Amnesty International and the Red Cross, which our dictionaries code NGO. We keep the
 * UN, the EU and NGOs apart; the comparison maps them to the GSR's one code.
 */
const GSR_IGO = new Set(['UNO', 'EUR', 'NGO']);

export function gsrActor(a: Actor): Actor {
  return a.code !== null && GSR_IGO.has(a.code) ? { ...a, code: 'IGO' } : a;
}

/** The actor's code as the GSR writes it ('?' when uncoded): for the error-analysis scripts. */
export const gsrCode = (a: Actor): string => gsrActor(a).code ?? '?';

/** The PLOVER 0.5 categories the GSR uses, renamed to today's, as score-gsr.mjs maps them. */
const OLD_CATEGORIES: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

/** A gold record's event type in today's categories. */
export const goldType = (r: GsrRecord): string => OLD_CATEGORIES[r.event] ?? r.event;

/** The codes of a gold source or target list ("" when the record has none). */
export const goldCodes = (v: GsrActor[] | string | undefined): string[] =>
  Array.isArray(v) ? v.map((a) => a.code ?? '').filter(Boolean) : [];

export function codeRecord(text: string, rules?: readonly DomainRule[]): Event[] {
  const lexicon = loadVerbLexicon();
  const actors = gazetteerActors(text);
  return splitSentences(text)
    .flatMap((s) => codeSentence(text, s, { lexicon, actors, ...(rules ? { rules } : {}) }))
    .map(({ event }) => ({
      ...event,
      actor: event.actor.map(gsrActor),
      recipient: event.recipient.map(gsrActor),
    }));
}

const SCORE_LINE = /P=(?<p>[\d.]+) R=(?<r>[\d.]+) F1=(?<f1>[\d.]+) type-acc=(?<acc>[\d.]+) n=(?<n>\d+)/u;

/** Writes the gold subset and our predictions, runs the reference scorer, parses its last line. */
export function scoreWithReference(
  records: readonly GsrRecord[],
  predictions: Map<string, Event[]>,
): GsrScore {
  const dir = mkdtempSync(join(tmpdir(), 'sitroom-gsr-'));
  try {
    const goldPath = join(dir, 'gold.json');
    const predPath = join(dir, 'pred.jsonl');
    writeFileSync(goldPath, JSON.stringify(records));
    writeFileSync(
      predPath,
      records.map((r) => JSON.stringify({ id: r.id, events: predictions.get(r.id) ?? [] })).join('\n') + '\n',
    );
    const scorer = join(sharedDir(), 'tools', 'score-gsr.mjs');
    const out = execFileSync(process.execPath, [scorer, goldPath, predPath], { encoding: 'utf8' });
    const g = SCORE_LINE.exec(out)?.groups;
    if (!g) throw new Error(`score-gsr.mjs printed no score line: ${out}`);
    return {
      p: Number(g['p']),
      r: Number(g['r']),
      f1: Number(g['f1']),
      typeAcc: Number(g['acc']),
      n: Number(g['n']),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function predict(records: readonly GsrRecord[], rules?: readonly DomainRule[]): Map<string, Event[]> {
  return new Map(records.map((r) => [r.id, codeRecord(r.text ?? '', rules)]));
}

/**
 * The whole pipeline on each record, as `sitroom extract --jsonl` runs it (entities and actors stages,
 * the document passes such as events/dyadic-sides), with the same GSR code mapping: how far the
 * product's output is from the sentence coder's.
 */
export async function predictPipeline(records: readonly GsrRecord[]): Promise<Map<string, Event[]>> {
  const out = new Map<string, Event[]>();
  for (const r of records) {
    const doc = await processInput({ text: r.text ?? '' });
    out.set(
      r.id,
      doc.events.map((e) => ({ ...e, actor: e.actor.map(gsrActor), recipient: e.recipient.map(gsrActor) })),
    );
  }
  return out;
}

const fmt = (s: GsrScore): string => `P=${s.p.toFixed(3)} R=${s.r.toFixed(3)} F1=${s.f1.toFixed(3)}`;

/**
 * The whole pipeline's figure, by half like the coder's: the target is scored on what
 * `sitroom extract --jsonl` gives, so the product must hold on the held-out part too.
 */
export async function pipelineRows(all: readonly GsrRecord[]): Promise<EvalRow[]> {
  const predictions = await predictPipeline(all);
  return (
    [
      ['GSR development (2/3), whole pipeline (extract)', all.filter((r) => !isHeldOut(r.id))],
      ['GSR held-out (1/3), whole pipeline (extract)', all.filter((r) => isHeldOut(r.id))],
      ['GSR all, whole pipeline (extract)', all],
    ] as const
  ).map(([name, part]) => {
    const score = scoreWithReference(part, predictions);
    return {
      name: `${name} n=${score.n}`,
      ours: fmt(score),
      baseline: null,
      target: 'F1 ≥ 0.60',
      pass: score.f1 >= 0.6,
    };
  });
}

export const gsrSection: EvalSection = {
  title: 'PLOVER GSR sentence coding (score-gsr.mjs; baseline: CAMEO dictionary without our rules)',
  run: async () => {
    const all = readGsr();
    const rows: EvalRow[] = [];
    for (const [name, part] of [
      ['GSR development (2/3)', all.filter((r) => !isHeldOut(r.id))],
      ['GSR held-out (1/3)', all.filter((r) => isHeldOut(r.id))],
      ['GSR all', all],
    ] as const) {
      const ours = scoreWithReference(part, predict(part));
      const base = scoreWithReference(part, predict(part, []));
      rows.push({
        name: `${name} n=${ours.n}`,
        ours: fmt(ours),
        baseline: fmt(base),
        target: 'F1 ≥ 0.60',
        pass: ours.f1 >= 0.6,
      });
    }
    rows.push(...(await pipelineRows(all)));
    return rows;
  },
};
