/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark, evaluate.py),
 * typed. Per page: multisets of 4-token shingles (tokens are \w+ runs, Python's definition) of truth
 * and prediction give tp/fp/fn, normalised by their sum. Precision and recall are means over pages;
 * F1 is the harmonic mean of those two means. Checked against ../shared/tools/score-extraction.mjs.
 */

/** Python's `\w` on str patterns: letters, numbers and underscore (combining marks are not \w). */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

/** Per-page counts, each a share of tp + fp + fn. */
export type TpFpFn = [tp: number, fp: number, fn: number];

export interface ExtractionScore {
  f1: number;
  precision: number;
  recall: number;
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE + 1); i++) {
    const sh = tokens.slice(i, i + SHINGLE);
    if (sh.length === 0) continue;
    const key = sh.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function shingleTpFpFn(truth: string, prediction: string): TpFpFn {
  const a = shingles(truth);
  const b = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(k) ?? 0;
    const p = b.get(k) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

export function pagePrecision([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

export function pageRecall([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Precision over pages with tp + fp > 0, recall over pages with tp + fn > 0, F1 of the two means. */
export function aggregate(pages: TpFpFn[]): ExtractionScore {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(pagePrecision));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(pageRecall));
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}

export interface GroundTruth {
  [id: string]: { articleBody: string; url?: string };
}
export interface Predictions {
  [id: string]: { articleBody: string };
}

/** Scores predictions against the ground truth; throws if their ids differ (as evaluate.py does). */
export function scoreExtraction(
  truth: GroundTruth,
  predictions: Predictions,
): ExtractionScore & { pages: TpFpFn[] } {
  const ids = Object.keys(truth);
  if (ids.length !== Object.keys(predictions).length || !ids.every((k) => k in predictions))
    throw new Error('prediction keys do not match ground truth');
  const pages = ids.map((id) =>
    shingleTpFpFn(truth[id]?.articleBody ?? '', predictions[id]?.articleBody ?? ''),
  );
  return { ...aggregate(pages), pages };
}
