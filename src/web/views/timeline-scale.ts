import type { EventSummary } from '../api.js';

/** Pure parts of the timeline: time ↔ pixels, swimlanes by actor country, mark widths from date precision. */

export const DAY_MS = 86_400_000;

/** "2024-01-16" → UTC milliseconds at midnight; NaN for anything else. */
export function dayMs(iso: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Number.NaN;
}

export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** A linear map from a time interval [start, end) in ms onto pixels [x0, x1]. */
export interface TimeScale {
  start: number;
  end: number;
  x0: number;
  x1: number;
}

export function toX(scale: TimeScale, ms: number): number {
  const span = Math.max(scale.end - scale.start, DAY_MS);
  return scale.x0 + ((ms - scale.start) / span) * (scale.x1 - scale.x0);
}

export function toMs(scale: TimeScale, x: number): number {
  const span = Math.max(scale.end - scale.start, DAY_MS);
  return scale.start + ((x - scale.x0) / (scale.x1 - scale.x0)) * span;
}

/**
 * The interval a mark covers: the event's own date interval (a "month" event from 2022-03-01 to 2022-03-31
 * spans the month), end exclusive so a one-day event is one day wide. Undated events have none.
 */
export function eventInterval(date: EventSummary['date']): { start: number; end: number } | null {
  if (!date) return null;
  const start = dayMs(date.start);
  const end = dayMs(date.end);
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  return { start, end: Math.max(end, start) + DAY_MS };
}

/** Narrower than this a day-precision mark would vanish on a decade axis; the width then only means "one day". */
export const MIN_MARK_PX = 6;

export function markSpan(
  scale: TimeScale,
  interval: { start: number; end: number },
): { x: number; width: number } {
  const x = toX(scale, interval.start);
  const width = toX(scale, interval.end) - x;
  if (width >= MIN_MARK_PX) return { x, width };
  return { x: x + width / 2 - MIN_MARK_PX / 2, width: MIN_MARK_PX };
}

/**
 * The axis interval: the URL's from/to when set (the analyst's zoom), else the events' extent padded by a
 * twentieth on each side so the first and last marks do not sit on the frame.
 */
export function timeDomain(
  intervals: Array<{ start: number; end: number }>,
  from?: string,
  to?: string,
): { start: number; end: number } | null {
  const lo = from ? dayMs(from) : Number.NaN;
  const hi = to ? dayMs(to) + DAY_MS : Number.NaN;
  if (!intervals.length && (Number.isNaN(lo) || Number.isNaN(hi))) return null;
  const min = Math.min(...intervals.map((i) => i.start));
  const max = Math.max(...intervals.map((i) => i.end));
  const pad = Math.max((max - min) / 20, DAY_MS);
  return { start: Number.isNaN(lo) ? min - pad : lo, end: Number.isNaN(hi) ? max + pad : hi };
}

/** Zooms the interval around its middle: factor 0.5 halves it (zoom in), 2 doubles it; whole days, at least one. */
export function zoomInterval(
  domain: { start: number; end: number },
  factor: number,
): { from: string; to: string } {
  const mid = (domain.start + domain.end) / 2;
  const half = Math.max(((domain.end - domain.start) * factor) / 2, DAY_MS / 2);
  const start = Math.floor((mid - half) / DAY_MS) * DAY_MS;
  const end = Math.max(Math.ceil((mid + half) / DAY_MS) * DAY_MS, start + DAY_MS);
  return { from: isoDay(start), to: isoDay(end - DAY_MS) };
}

/** The swimlane of an event: its first actor-side country code (the one who acted), else its first code at all. */
export function laneOf(event: EventSummary): string {
  const actor = event.actors.find((a) => a.role === 'actor') ?? event.actors[0];
  return actor?.code ?? 'none';
}

export interface Lane<T> {
  code: string;
  /** Rows within the lane: marks in one row never overlap in time. */
  rows: T[][];
}

/**
 * Swimlanes, the busiest first (ties by code, so the order is stable), each packed greedily into rows so
 * that overlapping intervals (a week-long exercise and a launch inside it) stack instead of hiding each other.
 */
export function assignLanes<T extends { lane: string; start: number; end: number }>(items: T[]): Lane<T>[] {
  const byLane = new Map<string, T[]>();
  for (const item of items) byLane.set(item.lane, [...(byLane.get(item.lane) ?? []), item]);
  const lanes = [...byLane.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return lanes.map(([code, laneItems]) => ({ code, rows: packRows(laneItems) }));
}

/** Greedy rows: each item goes to the first row whose last item ended before it starts. */
export function packRows<T extends { start: number; end: number }>(items: T[]): T[][] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const rows: T[][] = [];
  const rowEnds: number[] = [];
  for (const item of sorted) {
    const free = rowEnds.findIndex((end) => end <= item.start);
    if (free === -1) {
      rows.push([item]);
      rowEnds.push(item.end);
    } else {
      rows[free]?.push(item);
      rowEnds[free] = item.end;
    }
  }
  return rows;
}

const TICK_STEPS: Array<{ unit: 'day' | 'month' | 'year'; n: number }> = [
  { unit: 'day', n: 1 },
  { unit: 'day', n: 7 },
  { unit: 'month', n: 1 },
  { unit: 'month', n: 3 },
  { unit: 'year', n: 1 },
  { unit: 'year', n: 5 },
  { unit: 'year', n: 10 },
  { unit: 'year', n: 25 },
  { unit: 'year', n: 100 },
];

/** Calendar ticks (days, months, years) inside the domain, at most about `max` of them. */
export function timeTicks(domain: { start: number; end: number }, max = 8): number[] {
  for (const step of TICK_STEPS) {
    const ticks = ticksOf(domain, step);
    if (ticks.length <= max) return ticks;
  }
  return [];
}

function ticksOf(domain: { start: number; end: number }, step: (typeof TICK_STEPS)[number]): number[] {
  const ticks: number[] = [];
  const d = new Date(domain.start);
  if (step.unit === 'day') d.setUTCHours(0, 0, 0, 0);
  else if (step.unit === 'month')
    d.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % step.n), 1);
  else d.setUTCFullYear(d.getUTCFullYear() - (d.getUTCFullYear() % step.n), 0, 1);
  d.setUTCHours(0, 0, 0, 0);
  while (d.getTime() < domain.end && ticks.length < 1000) {
    if (d.getTime() >= domain.start) ticks.push(d.getTime());
    if (step.unit === 'day') d.setUTCDate(d.getUTCDate() + step.n);
    else if (step.unit === 'month') d.setUTCMonth(d.getUTCMonth() + step.n);
    else d.setUTCFullYear(d.getUTCFullYear() + step.n);
  }
  return ticks;
}

/** A tick's label at the precision its step needs: "2022", "2022-03", "2022-03-24". */
export function tickLabel(ms: number, ticks: number[]): string {
  const day = isoDay(ms);
  if (ticks.every((t) => isoDay(t).endsWith('-01-01'))) return day.slice(0, 4);
  if (ticks.every((t) => isoDay(t).endsWith('-01'))) return day.slice(0, 7);
  return day;
}

export type BucketUnit = 'day' | 'month' | 'year';

/** The first day after a bucket that starts at `start` (UTC ms). */
export function bucketEnd(start: number, unit: BucketUnit): number {
  if (unit === 'day') return start + DAY_MS;
  const d = new Date(start);
  if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.getTime();
}

/**
 * The shortest run of buckets holding at least `share` of the events: the default axis when the analyst
 * gave no dates. One stray date ("2001–2100", a century read as an interval) would otherwise squeeze the
 * 2021–2022 events of the sample into a few pixels. Buckets are (start, count) in time order.
 */
export function denseWindow(
  buckets: Array<{ start: number; count: number }>,
  unit: BucketUnit,
  share = 0.95,
): { start: number; end: number } | null {
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return null;
  const need = total * share;
  let best: { start: number; end: number } | null = null;
  let sum = 0;
  let lo = 0;
  for (let hi = 0; hi < buckets.length; hi++) {
    sum += buckets[hi]?.count ?? 0;
    while (lo < hi && sum - (buckets[lo]?.count ?? 0) >= need) sum -= buckets[lo++]?.count ?? 0;
    if (sum < need) continue;
    const start = buckets[lo]?.start ?? 0;
    const end = bucketEnd(buckets[hi]?.start ?? 0, unit);
    if (!best || end - start < best.end - best.start) best = { start, end };
  }
  return best;
}
