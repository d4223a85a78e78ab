import type { TaggerClass, TokenRun } from './labels.js';
import { CLASSES } from './labels.js';

/** Entity-level counts for one class: exact span and type match (CoNLL's measure). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export function prf({ tp, fp, fn }: Counts): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export const emptyCounts = (): Record<TaggerClass, Counts> =>
  Object.fromEntries(CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<TaggerClass, Counts>;

/** Adds one sentence's (or document's) predicted and gold runs to per-class counts. */
export function countRuns(gold: TokenRun[], predicted: TokenRun[], into: Record<TaggerClass, Counts>): void {
  const key = (r: TokenRun): string => `${r.start}:${r.end}:${r.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  for (const r of predicted) into[r.type][goldKeys.has(key(r)) ? 'tp' : 'fp']++;
  for (const r of gold) if (!predKeys.has(key(r))) into[r.type].fn++;
}
