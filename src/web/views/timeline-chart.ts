import { type EventSummary } from '../api.js';
import { formatDate, sideOf } from '../format.js';
import { navigate } from '../router.js';
import { withFilters, type FilterState } from '../state.js';
import { linkMark, rovingFocus, svg } from './marks.js';
import { quadrantClass } from './marks-style.js';
import {
  isoDay,
  markSpan,
  tickLabel,
  timeTicks,
  toMs,
  toX,
  DAY_MS,
  type TimeScale,
} from './timeline-scale.js';

/** The timeline's SVG: lanes of count bars and event marks on a time axis, with the brush that zooms. */

export const WIDTH = 960;
export const LABEL_W = 64;
const ROW_H = 14;
/** The count bars at the top of each lane. */
const BARS_H = 16;
const LANE_GAP = 8;
const AXIS_H = 24;

export interface Item {
  event: EventSummary;
  start: number;
  end: number;
}

export type Bucket = { start: number; end: number; count: number };

export interface DrawnLane {
  code: string;
  count: number;
  bars: Bucket[];
  rows: Item[][];
}

/** Draws the lanes one under another on a shared axis; marks are keyboard-walkable in time order. */
export function chart(lanes: DrawnLane[], scale: TimeScale, state: FilterState): SVGSVGElement {
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
