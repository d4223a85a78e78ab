import { geoEqualEarth, geoMercator, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { EventSummary } from '../api.js';

/** Pure parts of the map: projections, where each event goes and at what precision, the Korea inset's lines. */

export interface CountryProps {
  name: string;
  /** ISO 3166-1 alpha-3 (the event store's place and actor codes), added by scripts/build-world.ts. */
  iso3: string | null;
  /** [lon, lat] of the country's largest polygon. */
  center: [number, number];
}
export type Country = Feature<Polygon | MultiPolygon, CountryProps>;
export type World = FeatureCollection<Polygon | MultiPolygon, CountryProps>;

/** The whole world, Equal Earth (areas true, shapes familiar), fitted to the frame. */
export function worldProjection(width: number, height: number): GeoProjection {
  return geoEqualEarth().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: 'Sphere' },
  );
}

/**
 * The Korean Peninsula from the Yellow Sea islands to Ulleung, Jeju to the Tumen: at this scale Yeonpyeong,
 * the NLL and the DMZ are apart, which they are not on the world map (one pixel there is about 40 km).
 */
export const KOREA_BOUNDS: Feature<LineString> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'LineString',
    coordinates: [
      [124.0, 33.0],
      [131.0, 43.0],
    ],
  },
};

export function koreaProjection(width: number, height: number): GeoProjection {
  return geoMercator().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    KOREA_BOUNDS,
  );
}

/** True when a point lies in the Korea inset's frame. */
export function inKorea(lon: number, lat: number): boolean {
  const [[w, s], [e, n]] = KOREA_BOUNDS.geometry.coordinates as [[number, number], [number, number]];
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/**
 * Hand-drawn reference lines for the inset, approximate (a few vertices each, ~5 km): Natural Earth has no
 * maritime boundaries, and "fired near the NLL" or "across the DMZ" needs both lines in view to be read.
 */
export const KOREA_LINES: Array<{ name: string; label: string; coordinates: Array<[number, number]> }> = [
  {
    name: 'dmz',
    label: 'DMZ (approx.)',
    coordinates: [
      [126.68, 37.77],
      [126.95, 37.95],
      [127.1, 38.1],
      [127.6, 38.28],
      [128.0, 38.32],
      [128.36, 38.61],
    ],
  },
  {
    name: 'nll',
    label: 'NLL (approx.)',
    coordinates: [
      [126.1, 37.68],
      [125.7, 37.73],
      [125.3, 37.65],
      [124.95, 37.85],
      [124.6, 37.98],
    ],
  },
];

export type PlacedEvent =
  | { event: EventSummary; precision: 'point'; lon: number; lat: number }
  | { event: EventSummary; precision: 'country'; lon: number; lat: number; country: string };

/**
 * Where each event goes: its own coordinates (a city, a site: "point" precision), else the centre of the
 * country its place names ("country" precision, drawn as a ring so it is not read as a spot), else nowhere:
 * those are counted, not guessed from the actors.
 */
export function placeEvents(
  events: EventSummary[],
  world: World,
): { placed: PlacedEvent[]; unplaced: EventSummary[] } {
  const centers = new Map<string, [number, number]>();
  for (const country of world.features) {
    if (country.properties.iso3) centers.set(country.properties.iso3, country.properties.center);
  }
  const placed: PlacedEvent[] = [];
  const unplaced: EventSummary[] = [];
  for (const event of events) {
    const place = event.place;
    const center = place?.code ? centers.get(place.code) : undefined;
    if (place && typeof place.lat === 'number' && typeof place.lon === 'number') {
      placed.push({ event, precision: 'point', lon: place.lon, lat: place.lat });
    } else if (place?.code && center) {
      placed.push({ event, precision: 'country', lon: center[0], lat: center[1], country: place.code });
    } else {
      unplaced.push(event);
    }
  }
  return { placed, unplaced };
}

/** Events at one spot share a mark: the key is the rounded position (about 1 km) and the precision. */
export function groupBySpot(placed: PlacedEvent[]): Array<{ key: string; items: PlacedEvent[] }> {
  const groups = new Map<string, PlacedEvent[]>();
  for (const item of placed) {
    const key = `${item.precision}:${item.lon.toFixed(2)},${item.lat.toFixed(2)}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()]
    .map(([key, items]) => ({ key, items }))
    .sort((a, b) => b.items.length - a.items.length || a.key.localeCompare(b.key));
}

/** Mark radius in pixels: grows with the square root of the count, so areas compare like counts. */
export const spotRadius = (count: number, base = 3): number => base * Math.sqrt(count) + 1;
