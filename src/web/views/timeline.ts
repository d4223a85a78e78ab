import { fetchTimeline, type EventTimeline } from '../api.js';
import { h, replace } from '../dom.js';
import { filterParams, type FilterState } from '../state.js';
import { ensureViewStyles } from './marks.js';
import {
  bucketEnd,
  dayMs,
  denseWindow,
  eventInterval,
  laneOf,
  packRows,
  timeDomain,
  DAY_MS,
  type BucketUnit,
  type TimeScale,
} from './timeline-scale.js';
import { chart, LABEL_W, WIDTH, type Bucket, type DrawnLane, type Item } from './timeline-chart.js';
import { eventTable, legend, note, zoomControls } from './timeline-panels.js';

export { legend } from './timeline-panels.js';

/** Past this many months on the axis, the bars sum months into years. */
const MONTH_BARS_AT_MOST = 240;

/**
 * `/timeline`: events on a time axis in swimlanes by actor country; width = date precision; zoom and brush
 * set from/to. One request (GET /events/timeline) brings every lane's counts per day or month, drawn as
 * bars, and the newest events, drawn one by one as marks.
 */
export async function render(container: HTMLElement, state: FilterState): Promise<void> {
  ensureViewStyles();
  draw(container, await fetchTimeline(filterParams(state)), state);
}

function draw(container: HTMLElement, summary: EventTimeline, state: FilterState): void {
  if (!summary.extent) {
    return replace(container, h('p', {}, `No dated events to draw (${summary.undated} undated).`));
  }
  const extent = { start: dayMs(summary.extent.start), end: dayMs(summary.extent.end) + DAY_MS };
  const lanesBuckets = summary.lanes.map((lane) => ({
    ...lane,
    bars: lane.buckets.map((b) => {
      const start = dayMs(b.start);
      return { start, end: bucketEnd(start, summary.unit), count: b.count };
    }),
  }));
  const domain = axisDomain(extent, lanesBuckets, summary.unit, state);
  const scale: TimeScale = { ...domain, x0: LABEL_W, x1: WIDTH - 8 };
  const barUnit: BucketUnit =
    summary.unit === 'month' && (domain.end - domain.start) / (30.44 * DAY_MS) > MONTH_BARS_AT_MOST
      ? 'year'
      : summary.unit;
  const byLane = new Map<string, Item[]>();
  for (const event of summary.events) {
    const interval = eventInterval(event.date);
    if (!interval || interval.end <= domain.start || interval.start >= domain.end) continue;
    const lane = laneOf(event);
    byLane.set(lane, [...(byLane.get(lane) ?? []), { event, ...interval }]);
  }
  const lanes: DrawnLane[] = lanesBuckets.map((lane) => ({
    code: lane.code,
    count: lane.count,
    bars: inDomain(barUnit === 'year' ? toYears(lane.bars) : lane.bars, domain),
    rows: packRows(byLane.get(lane.code) ?? []),
  }));
  const drawn = [...byLane.values()].reduce((n, items) => n + items.length, 0);
  replace(
    container,
    zoomControls(domain, extent, state),
    legend(barUnit),
    chart(lanes, scale, state),
    note(summary, domain, extent, drawn, state),
    eventTable(lanes),
  );
}

/**
 * The axis: the analyst's from/to when given; else the shortest stretch holding 95 % of the events,
 * padded by a fortieth, so a stray date far off does not squeeze the rest into a few pixels.
 */
function axisDomain(
  extent: { start: number; end: number },
  lanes: Array<{ bars: Bucket[] }>,
  unit: BucketUnit,
  state: FilterState,
): { start: number; end: number } {
  if (state.from || state.to) return timeDomain([extent], state.from, state.to) ?? extent;
  const totals = new Map<number, number>();
  for (const lane of lanes)
    for (const b of lane.bars) totals.set(b.start, (totals.get(b.start) ?? 0) + b.count);
  const buckets = [...totals.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([start, count]) => ({ start, count }));
  const dense = denseWindow(buckets, unit) ?? extent;
  const start = Math.max(dense.start, extent.start);
  const end = Math.min(dense.end, extent.end);
  const pad = Math.max((end - start) / 40, DAY_MS);
  return {
    start: Math.floor((start - pad) / DAY_MS) * DAY_MS,
    end: Math.ceil((end + pad) / DAY_MS) * DAY_MS,
  };
}

function toYears(bars: Bucket[]): Bucket[] {
  const years = new Map<number, Bucket>();
  for (const bar of bars) {
    const start = Date.UTC(new Date(bar.start).getUTCFullYear(), 0, 1);
    const year = years.get(start) ?? { start, end: bucketEnd(start, 'year'), count: 0 };
    year.count += bar.count;
    years.set(start, year);
  }
  return [...years.values()];
}

const inDomain = (bars: Bucket[], domain: { start: number; end: number }) =>
  bars.filter((b) => b.end > domain.start && b.start < domain.end);
