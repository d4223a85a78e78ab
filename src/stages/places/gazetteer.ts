// The places gazetteer: GeoNames cities, the curated list (borders, seas, sites) and country names,
// read from data/places and data/actors/countries once per process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Place } from '../../core/document.js';
import { dataDir } from '../../core/paths.js';

export type PlaceKind = 'capital' | 'city' | 'country' | 'border' | 'sea' | 'region' | 'island' | 'site';

export interface GazetteerPlace extends Place {
  kind: PlaceKind;
  population: number;
}

/** Every place a name may denote, best first (curated, country, capital, then by population). */
export interface PlaceLookup {
  start: number;
  end: number;
  places: GazetteerPlace[];
}

/** Lookup keys: diacritics and apostrophes folded, as in scripts/build-data/geonames-places.ts. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’‘`ʼ]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const KIND_RANK: Record<PlaceKind, number> = {
  border: 0,
  sea: 0,
  region: 0,
  island: 0,
  site: 0,
  country: 1,
  capital: 2,
  city: 3,
};

/** Names that GeoNames lists as towns but news prose uses as words ("in May", "at Sunday's meeting"). */
const NOT_PLACES = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** A word of a place name: letters and digits with inner hyphens, apostrophes and dots ("D.C.", "Namp'o"). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?/uy;
const SPACE = /[^\S\n]+/y;
const MAX_WORDS = 6;

export class PlaceGazetteer {
  readonly #byKey = new Map<string, GazetteerPlace[]>();
  /** Keys from the curated list match in any case ("the East Sea", "the Korean peninsula"). */
  readonly #caseFree = new Set<string>();
  /** First words of those keys: most cues are followed by a lower-case word that starts no place ("in the end"). */
  readonly #caseFreeFirst = new Set<string>();

  add(key: string, place: GazetteerPlace, caseFree = false): void {
    if (NOT_PLACES.has(key)) return;
    const list = this.#byKey.get(key) ?? [];
    if (!list.some((p) => p.name === place.name && p.geonameid === place.geonameid)) list.push(place);
    this.#byKey.set(key, list);
    if (caseFree) {
      this.#caseFree.add(key);
      this.#caseFreeFirst.add(key.split(' ')[0] ?? key);
    }
  }

  /** Sorts each name's places best first; call once after the last `add`. */
  seal(): this {
    for (const [key, list] of this.#byKey) {
      // Phoenix lists big cities as country synonyms ("Hyderabad" under India): a city of the same
      // country and name is the better reading, and it has a point ("Singapore").
      const cityCodes = new Set(
        list.filter((p) => p.kind === 'city' || p.kind === 'capital').map((p) => p.code),
      );
      const kept = list.filter((p) => p.kind !== 'country' || !cityCodes.has(p.code));
      kept.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.population - a.population);
      this.#byKey.set(key, kept);
    }
    return this;
  }

  /** The longest place name starting exactly at `pos`, or null. */
  lookupAt(text: string, pos: number): PlaceLookup | null {
    const capitalized = /^\p{Lu}/u.test(text.charAt(pos));
    WORD.lastIndex = pos;
    const firstWord = WORD.exec(text)?.[0];
    if (!firstWord || (!capitalized && !this.#caseFreeFirst.has(placeKey(firstWord)))) return null;
    const ends: number[] = [];
    let at = pos;
    while (ends.length < MAX_WORDS) {
      WORD.lastIndex = at;
      const word = WORD.exec(text);
      if (!word) break;
      ends.push(at + word[0].length);
      SPACE.lastIndex = WORD.lastIndex;
      if (!SPACE.exec(text)) break;
      at = SPACE.lastIndex;
    }
    for (let i = ends.length - 1; i >= 0; i--) {
      const end = ends[i] ?? pos;
      const key = placeKey(text.slice(pos, end).replace(/\.$/, ''));
      const places = this.#byKey.get(key);
      if (!places) continue;
      if (capitalized || this.#caseFree.has(key)) return { start: pos, end, places };
    }
    return null;
  }
}

function rows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}

const orNull = (cell: string | undefined): string | null => (cell ? cell : null);

function addCities(gazetteer: PlaceGazetteer, dir: string): void {
  for (const [id = '', name = '', key = '', code, feature, population, lat, lon] of rows(
    join(dir, 'cities.tsv'),
  )) {
    const kind: PlaceKind = feature === 'PPLC' ? 'capital' : 'city';
    const place = { name, code: orNull(code), lat: Number(lat), lon: Number(lon), geonameid: Number(id) };
    gazetteer.add(key, { ...place, kind, population: Number(population) });
  }
}

function addCurated(gazetteer: PlaceGazetteer, dir: string): void {
  for (const [name = '', aliases = '', code, lat, lon, kind] of rows(join(dir, 'curated.tsv'))) {
    const place: GazetteerPlace = {
      name,
      code: orNull(code),
      lat: Number(lat),
      lon: Number(lon),
      geonameid: null,
      kind: kind as PlaceKind,
      population: 0,
    };
    for (const alias of [name, ...aliases.split('|').filter(Boolean)])
      gazetteer.add(placeKey(alias), place, true);
  }
}

/**
 * Country names in English from the actors' table; the country is a place without a point (the map draws
 * its shape from world-atlas by code). Names that denote two countries ("Korea") are left out.
 */
function addCountries(gazetteer: PlaceGazetteer, countriesTsv: string): void {
  const table = rows(countriesTsv).filter(
    ([, , kind, lang]) => lang === 'en' && (kind === 'name' || kind === 'short'),
  );
  const display = new Map(
    table.filter(([, , kind]) => kind === 'short').map(([text = '', code = '']) => [code, text]),
  );
  const codesByKey = new Map<string, Set<string>>();
  for (const [text = '', code = ''] of table) {
    const key = placeKey(text);
    codesByKey.set(key, (codesByKey.get(key) ?? new Set()).add(code));
  }
  for (const [key, codes] of codesByKey) {
    const [code] = [...codes];
    if (codes.size !== 1 || !code) continue;
    const name = display.get(code) ?? key;
    gazetteer.add(key, { name, code, lat: null, lon: null, geonameid: null, kind: 'country', population: 0 });
  }
}

let shared: PlaceGazetteer | null = null;

/** The shipped gazetteer, read on first use. */
export function loadPlaceGazetteer(): PlaceGazetteer {
  if (shared) return shared;
  const gazetteer = new PlaceGazetteer();
  addCurated(gazetteer, join(dataDir(), 'places'));
  addCountries(gazetteer, join(dataDir(), 'actors', 'countries', 'countries.tsv'));
  addCities(gazetteer, join(dataDir(), 'places'));
  shared = gazetteer.seal();
  return shared;
}
