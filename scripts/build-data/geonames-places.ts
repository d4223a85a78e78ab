// GeoNames cities → data/places/cities.tsv, the gazetteer of the places stage.
// Source: ../shared/data/geonames-cities/cities1000.tsv (GeoNames, CC BY 4.0: attribution in data/places/SOURCE.md).
// Kept compact: every city of at least MIN_POPULATION, every capital, and every place in either Korea (the
// domain's villages and counties: Kilju, Kaesŏng); the rest of the 135,000 rows would only add homonyms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTsv } from './tsv.js';

export const PLACE_COLUMNS = [
  'geonameid',
  'name',
  'key',
  'code',
  'feature',
  'population',
  'lat',
  'lon',
] as const;

const MIN_POPULATION = 100_000;
const ALWAYS_KEPT = new Set(['KR', 'KP']);

/** GeoNames writes McCune-Reischauer ("Kaesŏng", "Namp’o"); news writes "Kaesong", "Nampo". */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’‘`ʼ]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The names a place is written under: its GeoNames name, the name before a comma ("Washington, D.C." →
 * "Washington"), and a Korean city without its administrative suffix ("Goyang-si" → "Goyang").
 */
export function placeNames(name: string, iso2: string): string[] {
  const names = [name];
  const beforeComma = name.split(',')[0]?.trim();
  if (beforeComma && beforeComma !== name) names.push(beforeComma);
  const korean = /^(.+)-(?:si|gun|gu|eup|up)$/.exec(name);
  if (ALWAYS_KEPT.has(iso2) && korean?.[1]) names.push(korean[1]);
  return names;
}

function alpha3Table(shared: string): Map<string, string> {
  const codes = JSON.parse(
    readFileSync(join(shared, 'country-names-i18n', 'codes.json'), 'utf8'),
  ) as string[][];
  return new Map(codes.map(([a2 = '', a3 = '']) => [a2, a3]));
}

export function placeRows(shared: string): string[][] {
  const alpha3 = alpha3Table(shared);
  const rows = readTsv(join(shared, 'geonames-cities', 'cities1000.tsv'));
  return rows
    .filter(
      (r) =>
        Number(r['population']) >= MIN_POPULATION ||
        r['feature_code'] === 'PPLC' ||
        ALWAYS_KEPT.has(r['country_iso2'] ?? ''),
    )
    .flatMap((r) => {
      const [name = '', iso2 = ''] = [r['name'], r['country_iso2']];
      const common = [
        alpha3.get(iso2) ?? '',
        r['feature_code'] ?? '',
        r['population'] ?? '0',
        r['lat'] ?? '',
        r['lon'] ?? '',
      ];
      return placeNames(name, iso2).map((text) => [r['geonameid'] ?? '', name, placeKey(text), ...common]);
    });
}
