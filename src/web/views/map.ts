import { geoPath, type GeoProjection } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { EventSummary } from '../api.js';
import { h, replace } from '../dom.js';
import { loadEvents, VIEW_EVENT_LIMIT } from '../load-events.js';
import { formatDate, formatPlace } from '../format.js';
import { withFilters, type FilterState } from '../state.js';
import {
  groupBySpot,
  inKorea,
  koreaProjection,
  placeEvents,
  spotRadius,
  worldProjection,
  KOREA_LINES,
  type CountryProps,
  type PlacedEvent,
  type World,
} from './map-geo.js';
import { ensureViewStyles, linkMark, rovingFocus, svg } from './marks.js';
import { quadrantClass } from './marks-style.js';

/** Copied from data/world to dist/web by the UI build, served by its static route (see its SOURCE.md): nothing leaves the machine. */
export const WORLD_URL = '/assets/countries-50m.json';
const WORLD_W = 960;
const WORLD_H = 480;
const INSET_W = 300;
const INSET_H = 400;
/** The map's own URL parameter: the spot whose events are listed under the map. */
const SPOT_PARAM = 'spot';

type Spot = { key: string; items: PlacedEvent[] };

let worldPromise: Promise<World> | null = null;

/** The world shapes, fetched once per page load. */
export function loadWorld(): Promise<World> {
  worldPromise ??= fetch(WORLD_URL).then(async (res) => {
    if (!res.ok) throw new Error(`world shapes: ${res.status} ${res.statusText}`);
    const topology = (await res.json()) as Topology;
    return feature(topology, topology.objects['countries'] as GeometryCollection<CountryProps>) as World;
  });
  return worldPromise;
}

/** `/map`: events at their places on a world map and a Korea inset, rings for country precision. */
export async function render(container: HTMLElement, state: FilterState): Promise<void> {
  ensureViewStyles();
  const [world, { events, total }] = await Promise.all([loadWorld(), loadEvents(state, VIEW_EVENT_LIMIT)]);
  const { placed, unplaced } = placeEvents(events, world);
  const spots = groupBySpot(placed);
  const selected = new URLSearchParams(location.search).get(SPOT_PARAM);
  const hrefOf = (spot: Spot) =>
    spot.items.length === 1 && spot.items[0]
      ? `/event/${encodeURIComponent(spot.items[0].event.id)}`
      : withFilters('/map', state, { [SPOT_PARAM]: spot.key });
  const korea = spots.filter((s) => s.items[0] && inKorea(s.items[0].lon, s.items[0].lat));
  replace(
    container,
    h('p', { class: 'view-legend' }, 'Filled dot: a named place. Dashed ring: only the country is known.'),
    h(
      'div',
      { class: 'map-panels' },
      figure(
        'World',
        mapChart('World', worldProjection(WORLD_W, WORLD_H), WORLD_W, WORLD_H, world, spots, hrefOf),
      ),
      figure(
        'Korean Peninsula (inset)',
        mapChart(
          'Korean Peninsula',
          koreaProjection(INSET_W, INSET_H),
          INSET_W,
          INSET_H,
          world,
          korea,
          hrefOf,
          true,
        ),
      ),
    ),
    h(
      'p',
      { class: 'view-note' },
      `${placed.length} events placed`,
      unplaced.length ? `; ${unplaced.length} events without a place are not on the map` : '',
      total > events.length
        ? `; only the newest ${events.length.toLocaleString('en')} of ${total.toLocaleString('en')} matching events are read: narrow the filters or the dates to see the rest`
        : '',
      '.',
    ),
    selectedSpot(spots.find((s) => s.key === selected)),
    spotTable(spots, hrefOf),
  );
}

const figure = (caption: string, chart: SVGSVGElement) =>
  h('figure', { class: 'map-figure' }, h('figcaption', {}, caption), chart);

function mapChart(
  title: string,
  projection: GeoProjection,
  width: number,
  height: number,
  world: World,
  spots: Spot[],
  hrefOf: (spot: Spot) => string,
  inset = false,
): SVGSVGElement {
  const path = geoPath(projection);
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: `chart map-chart${inset ? ' map-inset' : ''}`,
    role: 'group',
    'aria-label': `${title}: ${spots.length} places with events; arrow keys move between them, Enter opens one`,
  });
  const land = svg('g', { class: 'countries', 'aria-hidden': 'true' });
  for (const country of world.features) {
    const d = path(country);
    if (d) land.append(svg('path', { d, class: 'country' }, svg('title', {}, country.properties.name)));
  }
  root.append(svg('rect', { class: 'sea', x: 0, y: 0, width, height, 'aria-hidden': 'true' }), land);
  if (inset) root.append(referenceLines(path, projection));
  const marks = spots.map((spot) => spotMark(spot, projection, hrefOf(spot), inset ? 5 : 3));
  root.append(...marks);
  rovingFocus(root, marks);
  return root;
}

function referenceLines(path: ReturnType<typeof geoPath>, projection: GeoProjection): SVGGElement {
  const g = svg('g', { class: 'reference-lines', 'aria-hidden': 'true' });
  for (const line of KOREA_LINES) {
    const d = path({ type: 'LineString', coordinates: line.coordinates });
    const end = projection(line.coordinates[line.coordinates.length - 1] ?? [0, 0]) ?? [0, 0];
    if (d) g.append(svg('path', { d, class: `ref-line ref-${line.name}` }));
    g.append(svg('text', { class: 'ref-label', x: end[0] + 3, y: end[1] - 3 }, line.label));
  }
  return g;
}

function spotMark(spot: Spot, projection: GeoProjection, href: string, base: number): SVGElement {
  const first = spot.items[0];
  const [x, y] = (first && projection([first.lon, first.lat])) ?? [0, 0];
  const precision = first?.precision ?? 'point';
  const types = new Set(spot.items.map((i) => i.event.type));
  const only = types.size === 1 ? [...types][0] : undefined;
  const mark = svg('circle', {
    cx: x.toFixed(1),
    cy: y.toFixed(1),
    r: spotRadius(spot.items.length, base).toFixed(1),
    class: `spot precision-${precision} ${only ? quadrantClass(only) : 'quad-mixed'}`,
  });
  linkMark(mark, href, spotLabel(spot));
  return mark;
}

function spotLabel(spot: Spot): string {
  const first = spot.items[0];
  const where =
    first?.precision === 'country'
      ? `${first.country} (country precision)`
      : formatPlace(first?.event.place ?? null);
  const n = spot.items.length;
  return n === 1 && first
    ? `${first.event.type} at ${where}, ${formatDate(first.event.date)}`
    : `${n} events at ${where}`;
}

function selectedSpot(spot: Spot | undefined): HTMLElement | null {
  if (!spot) return null;
  return h(
    'section',
    { class: 'map-selection', 'aria-label': 'Events at the selected place' },
    h('h2', { tabindex: -1, 'data-autofocus': '' }, spotLabel(spot)),
    h(
      'ul',
      {},
      spot.items.map(({ event }) => h('li', {}, eventLink(event))),
    ),
  );
}

const eventLink = (event: EventSummary) =>
  h('a', { href: `/event/${encodeURIComponent(event.id)}` }, `${event.type}, ${formatDate(event.date)}`);

/** The text alternative: every place with its precision and events. */
function spotTable(spots: Spot[], hrefOf: (spot: Spot) => string): HTMLElement {
  return h(
    'details',
    { class: 'view-table' },
    h('summary', {}, 'The map as a table'),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Place', 'Precision', 'Events'].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        spots.map((spot) =>
          h(
            'tr',
            {},
            h('td', {}, h('a', { href: hrefOf(spot) }, spotLabel(spot))),
            h('td', {}, spot.items[0]?.precision ?? ''),
            h('td', {}, String(spot.items.length)),
          ),
        ),
      ),
    ),
  );
}
