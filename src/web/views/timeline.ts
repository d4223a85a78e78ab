import type { EventSummary } from '../api.js';
import { h, replace } from '../dom.js';
import { formatDate, sideOf } from '../format.js';
import { navigate } from '../router.js';
import { withFilters, type FilterState } from '../state.js';
import { ensureViewStyles, linkMark, rovingFocus, svg } from './marks.js';
import { QUADRANT_LEGEND, quadrantClass } from './marks-style.js';
import {
  assignLanes,
  eventInterval,
  isoDay,
  laneOf,
  markSpan,
  tickLabel,
  timeDomain,
  timeTicks,
  toMs,
  toX,
  zoomInterval,
  DAY_MS,
  type Lane,
  type TimeScale,
} from './timeline-scale.js';

const WIDTH = 960;
const LABEL_W = 64;
const ROW_H = 14;
const LANE_GAP = 8;
const AXIS_H = 24;

interface Item {
  event: EventSummary;
  lane: string;
  start: number;
  end: number;
}

/** `/timeline`: events on a time axis in swimlanes by actor country; width = date precision; zoom and brush set from/to. */
export function render(container: HTMLElement, events: EventSummary[], state: FilterState): void {
  ensureViewStyles();
  const items: Item[] = [];
  for (const event of events) {
    const interval = eventInterval(event.date);
    if (interval) items.push({ event, lane: laneOf(event), ...interval });
  }
  const domain = timeDomain(items, state.from, state.to);
  const undated = events.length - items.length;
  if (!domain) return replace(container, h('p', {}, `No dated events to draw (${undated} undated).`));
  const lanes = assignLanes(items);
  const scale: TimeScale = { ...domain, x0: LABEL_W, x1: WIDTH - 8 };
  replace(
    container,
    zoomControls(domain, state),
    legend(),
    chart(lanes, scale, state),
    h(
      'p',
      { class: 'view-note' },
      `${items.length} events drawn`,
      undated ? `, ${undated} undated left out` : '',
      '.',
    ),
    eventTable(lanes),
  );
}

function chart(lanes: Lane<Item>[], scale: TimeScale, state: FilterState): SVGSVGElement {
  const laneTops: number[] = [];
  let y = AXIS_H;
  for (const lane of lanes) {
    laneTops.push(y);
    y += lane.rows.length * ROW_H + LANE_GAP;
  }
  const root = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${y}`,
    class: 'chart timeline-chart',
    role: 'group',
    'aria-label': `Timeline of ${lanes.length} actor lanes; arrow keys move between events, Enter opens one`,
  });
  root.append(axis(scale, y));
  const marks: SVGElement[] = [];
  lanes.forEach((lane, i) => {
    const top = laneTops[i] ?? 0;
    root.append(laneBand(lane, top, scale));
    lane.rows.forEach((row, r) => row.forEach((item) => marks.push(eventMark(item, scale, top + r * ROW_H))));
  });
  // Keyboard order is time order across lanes, so arrows walk the story as it happened.
  marks.sort((a, b) => Number(a.dataset['start']) - Number(b.dataset['start']));
  root.append(...marks);
  rovingFocus(root, marks);
  brush(root, scale, y, state);
  return root;
}

function laneBand(lane: Lane<Item>, top: number, scale: TimeScale): SVGGElement {
  const height = lane.rows.length * ROW_H;
  return svg(
    'g',
    { class: 'lane' },
    svg('rect', { class: 'lane-band', x: scale.x0, y: top, width: scale.x1 - scale.x0, height }),
    svg('text', { class: 'lane-label', x: 4, y: top + ROW_H - 3 }, lane.code),
  );
}

function eventMark(item: Item, scale: TimeScale, y: number): SVGElement {
  const { x, width } = markSpan(scale, item);
  const { event } = item;
  const precision = event.date?.precision ?? 'day';
  const mark = svg('rect', {
    x: x.toFixed(1),
    y: y + 2,
    width: width.toFixed(1),
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

function zoomControls(domain: { start: number; end: number }, state: FilterState): HTMLElement {
  const zoomed = (factor: number) => withFilters('/timeline', { ...state, ...zoomInterval(domain, factor) });
  const all: FilterState = { ...state };
  delete all.from;
  delete all.to;
  return h(
    'nav',
    { class: 'view-controls', 'aria-label': 'Time axis' },
    `${isoDay(domain.start)} – ${isoDay(domain.end - DAY_MS)} `,
    h('a', { href: zoomed(0.5) }, 'Zoom in'),
    h('a', { href: zoomed(2) }, 'Zoom out'),
    h('a', { href: withFilters('/timeline', all) }, 'All dates'),
    h('span', { class: 'hint' }, 'or drag across the chart to zoom to an interval'),
  );
}

export function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'view-legend', 'aria-label': 'Colour key' },
    QUADRANT_LEGEND.map(([cls, text]) => h('li', {}, h('span', { class: `swatch ${cls}` }), text)),
    h('li', {}, 'width: the date precision (day, week, month, year)'),
  );
}

/** The text alternative: every drawn event, lane by lane, in time order, each a link. */
function eventTable(lanes: Lane<Item>[]): HTMLElement {
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
    'details',
    { class: 'view-table' },
    h('summary', {}, 'The timeline as a table'),
    h(
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
    ),
  );
}
