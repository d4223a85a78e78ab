import { fetchTimeline, type EventSummary, type EventTimeline } from '../api.js';
import { h, replace } from '../dom.js';
import { formatDate, sideOf } from '../format.js';
import { navigate } from '../router.js';
import { filterParams, withFilters, type FilterState } from '../state.js';
import { ensureViewStyles, linkMark, rovingFocus, svg } from './marks.js';
import { QUADRANT_LEGEND, quadrantClass } from './marks-style.js';
import {
  bucketEnd,
  dayMs,
  denseWindow,
  eventInterval,
  isoDay,
  laneOf,
  markSpan,
  packRows,
  tickLabel,
  timeDomain,
  timeTicks,
  toMs,
  toX,
  zoomInterval,
  DAY_MS,
  type BucketUnit,
  type TimeScale,
} from './timeline-scale.js';

const WIDTH = 960;
const LABEL_W = 64;
const ROW_H = 14;
/** The count bars at the top of each lane. */
const BARS_H = 16;
const LANE_GAP = 8;
const AXIS_H = 24;
/** Past this many months on the axis, the bars sum months into years. */
const MONTH_BARS_AT_MOST = 240;

interface Item {
  event: EventSummary;
  start: number;
  end: number;
}

type Bucket = { start: number; end: number; count: number };

interface DrawnLane {
  code: string;
  count: number;
  bars: Bucket[];
  rows: Item[][];
}

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

function chart(lanes: DrawnLane[], scale: TimeScale, state: FilterState): SVGSVGElement {
  const laneTops: number[] = [];
  let y = AXIS_H;
  for (const lane of lanes) {
    laneTops.push(y);
    y += laneHeight(lane) + LANE_GAP;
  }
  const root = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${y}`,
    class: 'chart timeline-chart',
    role: 'group',
    'aria-label': `Timeline of ${lanes.length} actor lanes; arrow keys move between events, Enter opens one`,
  });
  root.append(axis(scale, y));
  const peak = Math.max(1, ...lanes.flatMap((lane) => lane.bars.map((b) => b.count)));
  const marks: SVGElement[] = [];
  lanes.forEach((lane, i) => {
    const top = laneTops[i] ?? 0;
    root.append(laneBand(lane, top, scale, peak));
    lane.rows.forEach((row, r) =>
      row.forEach((item) => marks.push(eventMark(item, scale, top + BARS_H + r * ROW_H))),
    );
  });
  // Keyboard order is time order across lanes, so arrows walk the story as it happened.
  marks.sort((a, b) => Number(a.dataset['start']) - Number(b.dataset['start']));
  root.append(...marks);
  rovingFocus(root, marks);
  brush(root, scale, y, state);
  return root;
}

const laneHeight = (lane: DrawnLane) => BARS_H + Math.max(lane.rows.length, 1) * ROW_H;

function laneBand(lane: DrawnLane, top: number, scale: TimeScale, peak: number): SVGGElement {
  const g = svg(
    'g',
    { class: 'lane' },
    svg('rect', {
      class: 'lane-band',
      x: scale.x0,
      y: top,
      width: scale.x1 - scale.x0,
      height: laneHeight(lane),
    }),
    svg('text', { class: 'lane-label', x: 4, y: top + 11 }, lane.code),
    svg('text', { class: 'lane-count', x: 4, y: top + 24 }, lane.count.toLocaleString('en')),
  );
  // Bars: every matching event of the lane counted by its start, including those not drawn as marks.
  const bars = svg('g', { class: 'lane-bars', 'aria-hidden': 'true' });
  for (const bar of lane.bars) {
    const x0 = Math.max(toX(scale, bar.start), scale.x0);
    const x1 = Math.min(toX(scale, bar.end), scale.x1);
    const height = Math.max(1, ((BARS_H - 3) * bar.count) / peak);
    bars.append(
      svg('rect', {
        class: 'bar',
        x: x0.toFixed(1),
        y: (top + BARS_H - 1 - height).toFixed(1),
        width: Math.max(x1 - x0 - 0.5, 1).toFixed(1),
        height: height.toFixed(1),
      }),
    );
  }
  g.append(bars);
  return g;
}

function eventMark(item: Item, scale: TimeScale, y: number): SVGElement {
  const { x, width } = markSpan(scale, item);
  // A long interval (a year, a decade) is cut at the axis ends rather than drawn off the chart.
  const left = Math.max(x, scale.x0);
  const right = Math.min(x + width, scale.x1);
  const { event } = item;
  const precision = event.date?.precision ?? 'day';
  const mark = svg('rect', {
    x: left.toFixed(1),
    y: y + 2,
    width: Math.max(right - left, 2).toFixed(1),
    height: ROW_H - 4,
    rx: 2,
    class: `event-mark ${quadrantClass(event.type)} precision-${precision}`,
    'data-start': item.start,
  });
  const label = `${event.type}: ${sideOf(event, 'actor')} → ${sideOf(event, 'recipient')}, ${formatDate(event.date)}`;
  linkMark(mark, `/event/${encodeURIComponent(event.id)}`, label);
  return mark;
}

function axis(scale: TimeScale, height: number): SVGGElement {
  const ticks = timeTicks(scale);
  const g = svg('g', { class: 'axis', 'aria-hidden': 'true' });
  for (const tick of ticks) {
    const x = toX(scale, tick).toFixed(1);
    g.append(
      svg('line', { class: 'tick', x1: x, x2: x, y1: AXIS_H - 4, y2: height }),
      svg('text', { class: 'tick-label', x, y: AXIS_H - 8 }, tickLabel(tick, ticks)),
    );
  }
  return g;
}

/** Drag across the plot to zoom to that interval (the brush): the new from/to go into the URL. */
function brush(root: SVGSVGElement, scale: TimeScale, height: number, state: FilterState): void {
  const band = svg('rect', { class: 'brush', x: 0, y: 0, width: 0, height, 'aria-hidden': 'true' });
  root.append(band);
  let startX: number | null = null;
  const toLocal = (event: PointerEvent) => {
    const box = root.getBoundingClientRect();
    return Math.min(Math.max(((event.clientX - box.left) / box.width) * WIDTH, scale.x0), scale.x1);
  };
  root.addEventListener('pointerdown', (event) => {
    if ((event.target as Element).classList.contains('mark')) return;
    startX = toLocal(event);
    root.setPointerCapture(event.pointerId);
  });
  root.addEventListener('pointermove', (event) => {
    if (startX === null) return;
    const x = toLocal(event);
    band.setAttribute('x', String(Math.min(x, startX)));
    band.setAttribute('width', String(Math.abs(x - startX)));
  });
  root.addEventListener('pointerup', (event) => {
    if (startX === null) return;
    const [a, b] = [startX, toLocal(event)].sort((p, q) => p - q) as [number, number];
    startX = null;
    band.setAttribute('width', '0');
    if (b - a < 4) return; // a click, not a drag
    const from = isoDay(toMs(scale, a));
    const to = isoDay(Math.max(toMs(scale, b) - DAY_MS, toMs(scale, a)));
    navigate(withFilters('/timeline', { ...state, from, to }));
  });
}

function zoomControls(
  domain: { start: number; end: number },
  extent: { start: number; end: number },
  state: FilterState,
): HTMLElement {
  const zoomed = (factor: number) => withFilters('/timeline', { ...state, ...zoomInterval(domain, factor) });
  const all: FilterState = { ...state };
  delete all.from;
  delete all.to;
  const everything = { ...state, from: isoDay(extent.start), to: isoDay(extent.end - DAY_MS) };
  return h(
    'nav',
    { class: 'view-controls', 'aria-label': 'Time axis' },
    `${isoDay(domain.start)} – ${isoDay(domain.end - DAY_MS)} `,
    h('a', { href: zoomed(0.5) }, 'Zoom in'),
    h('a', { href: zoomed(2) }, 'Zoom out'),
    h('a', { href: withFilters('/timeline', all) }, 'Busiest stretch'),
    h('a', { href: withFilters('/timeline', everything) }, 'Every date'),
    h('span', { class: 'hint' }, 'or drag across the chart to zoom to an interval'),
  );
}

export function legend(barUnit: BucketUnit = 'day'): HTMLElement {
  return h(
    'ul',
    { class: 'view-legend', 'aria-label': 'Colour key' },
    QUADRANT_LEGEND.map(([cls, text]) => h('li', {}, h('span', { class: `swatch ${cls}` }), text)),
    h('li', {}, 'width: the date precision (day, week, month, year)'),
    h('li', {}, h('span', { class: 'swatch swatch-bar' }), `bars: events per ${barUnit}, all of them`),
  );
}

/** What the marks leave out: events past the newest drawn, dates outside the axis, undated events. */
function note(
  summary: EventTimeline,
  domain: { start: number; end: number },
  extent: { start: number; end: number },
  drawn: number,
  state: FilterState,
): HTMLElement {
  const dated = summary.total - summary.undated;
  const parts = [`${drawn.toLocaleString('en')} events drawn as marks`];
  if (summary.truncated) {
    const oldest = summary.events.at(-1)?.date?.start ?? '';
    parts.push(
      `the newest ${summary.events.length.toLocaleString('en')} of ${dated.toLocaleString('en')} dated events ` +
        `(from ${oldest} on); the bars count all of them: zoom in or drag to see each one`,
    );
  }
  if (!state.from && !state.to && (extent.start < domain.start || extent.end > domain.end)) {
    parts.push(`dates run from ${isoDay(extent.start)} to ${isoDay(extent.end - DAY_MS)} ("Every date")`);
  }
  if (summary.undated) parts.push(`${summary.undated.toLocaleString('en')} undated left out`);
  return h('p', { class: 'view-note', role: 'status' }, `${parts.join('; ')}.`);
}

/** The text alternative: every drawn event, lane by lane, in time order, each a link; built when opened. */
function eventTable(lanes: DrawnLane[]): HTMLElement {
  const details = h('details', { class: 'view-table' }, h('summary', {}, 'The timeline as a table'));
  details.addEventListener('toggle', () => {
    if (!details.open || details.querySelector('table')) return;
    details.append(tableOf(lanes));
  });
  return details;
}

function tableOf(lanes: DrawnLane[]): HTMLTableElement {
  const rows = lanes.flatMap((lane) =>
    lane.rows
      .flat()
      .sort((a, b) => a.start - b.start)
      .map(({ event }) =>
        h(
          'tr',
          {},
          h('td', {}, lane.code),
          h('td', {}, formatDate(event.date)),
          h('td', {}, h('a', { href: `/event/${encodeURIComponent(event.id)}` }, event.type)),
          h('td', {}, sideOf(event, 'actor')),
          h('td', {}, sideOf(event, 'recipient')),
        ),
      ),
  );
  return h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Lane', 'Date', 'Type', 'Actor', 'Recipient'].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h('tbody', {}, rows),
  );
}
