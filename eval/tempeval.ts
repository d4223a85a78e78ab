/**
 * TempEval-3 platinum: TIMEX3 values of the DATE expressions given the document creation time (DCT),
 * ours beside chrono-node alone. Both systems read the same stripped text with the DCT as reference.
 * - value accuracy = gold DATE timexes whose first overlapping system expression has exactly the gold
 *   value / all gold DATE timexes (an expression not found counts as wrong);
 * - detection recall = gold DATE timexes overlapped by some system expression / all of them;
 * - precision = system expressions overlapping any gold TIMEX3 (of any type) / all system expressions.
 * Values compare as TIMEX3 writes them: "2013-03-22", "2013-W11", "2012-12", "2013", "PRESENT_REF".
 */
import * as chrono from 'chrono-node';
import { join } from 'node:path';
import { sharedDir } from '../src/core/paths.js';
import { parseIsoDay } from '../src/stages/dates/calendar.js';
import { resolveText } from '../src/stages/dates/index.js';
import type { EvalRow, EvalSection } from './table.js';
import { readTempEval, type TimeMlDoc, type Timex } from './tempeval-data.js';

/** One system's expressions in a text: spans with a TIMEX3 value (null when found but unresolved). */
export interface Found {
  start: number;
  end: number;
  value: string | null;
}

export type System = (text: string, dct: string) => Found[];

export const ours: System = (text, dct) => {
  const day = parseIsoDay(dct);
  if (day === null) throw new Error(`tempeval: bad DCT ${dct}`);
  return resolveText(text, day).map((r) => ({
    start: r.start,
    end: r.end,
    value: r.resolved?.timex ?? null,
  }));
};

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * chrono-node alone: a known day (or weekday) gives a day, a known month a month, a known year a year;
 * otherwise the day chrono implies. The DCT is noon of that day, so no zone shifts the date.
 */
export const chronoBaseline: System = (text, dct) =>
  chrono.parse(text, new Date(`${dct}T12:00:00`)).map((r) => {
    const c = r.start;
    const [y, m, d] = [c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1];
    const value =
      c.isCertain('day') || c.isCertain('weekday')
        ? `${y}-${pad(m)}-${pad(d)}`
        : c.isCertain('month')
          ? `${y}-${pad(m)}`
          : c.isCertain('year')
            ? String(y)
            : `${y}-${pad(m)}-${pad(d)}`;
    return { start: r.index, end: r.index + r.text.length, value };
  });

export interface TempEvalScore {
  gold: number;
  found: number;
  correct: number;
  predicted: number;
  predictedOnGold: number;
  chars: number;
  ms: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export function scoreTempEval(docs: readonly TimeMlDoc[], system: System): TempEvalScore {
  const s: TempEvalScore = {
    gold: 0,
    found: 0,
    correct: 0,
    predicted: 0,
    predictedOnGold: 0,
    chars: 0,
    ms: 0,
  };
  for (const doc of docs) {
    const t0 = performance.now();
    const found = system(doc.text, doc.dct);
    s.ms += performance.now() - t0;
    s.chars += doc.text.length;
    s.predicted += found.length;
    s.predictedOnGold += found.filter((f) => doc.timexes.some((t) => overlaps(f, t))).length;
    for (const gold of doc.timexes.filter((t: Timex) => t.type === 'DATE')) {
      s.gold++;
      const hit = found.find((f) => overlaps(f, gold));
      if (!hit) continue;
      s.found++;
      if (hit.value === gold.value) s.correct++;
    }
  }
  return s;
}

const f3 = (x: number): string => x.toFixed(3);

export const tempevalSection: EvalSection = {
  title: 'TempEval-3 platinum: DATE values given the DCT (ours vs chrono-node alone)',
  async run(): Promise<EvalRow[]> {
    const docs = readTempEval(join(sharedDir(), 'data', 'tempeval3-platinum'));
    const a = scoreTempEval(docs, ours);
    const b = scoreTempEval(docs, chronoBaseline);
    return [
      {
        name: `DATE value accuracy (${a.gold} gold)`,
        ours: f3(a.correct / a.gold),
        baseline: f3(b.correct / b.gold),
        target: null,
        pass: null,
      },
      {
        name: 'DATE detection recall',
        ours: f3(a.found / a.gold),
        baseline: f3(b.found / b.gold),
        target: null,
        pass: null,
      },
      {
        name: 'expressions on a gold TIMEX3 (precision)',
        ours: f3(a.predictedOnGold / a.predicted),
        baseline: f3(b.predictedOnGold / b.predicted),
        target: null,
        pass: null,
      },
      {
        name: 'speed (k chars/s)',
        ours: (a.chars / a.ms).toFixed(0),
        baseline: (b.chars / b.ms).toFixed(0),
        target: null,
        pass: null,
      },
    ];
  },
};
