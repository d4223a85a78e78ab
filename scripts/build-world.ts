import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Makes the map's world shapes (data/world/countries-50m.json) from ../shared/data/world-atlas:
 * the same TopoJSON with two properties added to each country, so the browser needs no lookup table:
 * `iso3` (the event store's country codes; world-atlas ids are ISO numeric, mapped with mledoze/countries) and
 * `center` ([lon, lat] of the country's largest polygon, where a country-precision event is drawn; the
 * centroid of the whole MultiPolygon puts France in the Atlantic because of French Guiana).
 * Run: node --import tsx scripts/build-world.ts
 */
const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env['SITROOM_SHARED'] ?? join(REPO_ROOT, '..', 'shared');
const OUT = join(REPO_ROOT, 'data', 'world', 'countries-50m.json');

/** ISO numeric ("410") → alpha-3 ("KOR"), from mledoze/countries' ccn3 and cca3 fields. */
export function numericToAlpha3(countries: Array<{ ccn3?: string; cca3?: string }>): Map<string, string> {
  const codes = new Map<string, string>();
  for (const { ccn3, cca3 } of countries) if (ccn3 && cca3) codes.set(ccn3, cca3);
  return codes;
}

/** [lon, lat] of the largest polygon, rounded to 0.01°. */
export function mainCenter(shape: Feature<Polygon | MultiPolygon>): [number, number] {
  const polygons: Polygon[] =
    shape.geometry.type === 'Polygon'
      ? [shape.geometry]
      : shape.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  const [lon, lat] = geoCentroid(largest);
  return [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
}

function main(): void {
  const atlas = JSON.parse(
    readFileSync(join(SHARED, 'data/world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology;
  const countryList = readFileSync(join(SHARED, 'data/countries-mledoze/countries.json'), 'utf8');
  const codes = numericToAlpha3(JSON.parse(countryList) as Array<{ ccn3?: string; cca3?: string }>);
  const countries = atlas.objects['countries'] as GeometryCollection<Record<string, unknown>>;
  for (const geometry of countries.geometries) {
    const shape = feature(atlas, geometry) as Feature<Polygon | MultiPolygon>;
    const iso3 = geometry.id === undefined ? null : (codes.get(String(geometry.id)) ?? null);
    geometry.properties = { ...geometry.properties, iso3, center: mainCenter(shape) };
  }
  // The land object repeats the countries' outline; the map draws countries only.
  const out: Topology = { ...atlas, objects: { countries } };
  writeFileSync(OUT, JSON.stringify(out));
  console.log(`wrote ${OUT}: ${countries.geometries.length} countries`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

/** What the views need beside the bundle in dist/web: the world shapes (/assets/countries-50m.json) and their CSS. */
export const VIEW_ASSETS: Array<{ from: string; name: string }> = [
  { from: OUT, name: 'countries-50m.json' },
  { from: join(REPO_ROOT, 'src', 'web', 'views', 'views.css'), name: 'views.css' },
];

/** Copies VIEW_ASSETS into the UI's output folder; scripts/build-web.ts calls it after bundling. */
export function copyViewAssets(outDir: string): void {
  for (const asset of VIEW_ASSETS) copyFileSync(asset.from, join(outDir, asset.name));
}
