/**
 * Builds the tagger's name lists (data/ner/gazetteer.tsv) from openly licensed files in ../shared/data:
 *   - Phoenix actor dictionaries (MIT): country names, adjectives and capitals (a bare country code) → COUNTRY;
 *     companies, NGOs and international bodies (MNC / NGO / IGO codes) → ORG; date-restricted actors, which
 *     are office holders → PER, and the first word of their names → FIRST.
 *   - GeoNames cities1000 (CC BY 4.0, "GeoNames, geonames.org"), places of at least MIN_POPULATION → CITY.
 * countries-mledoze is ODbL (share-alike for derived databases), so it is not used for a shipped list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../src/stages/sentences/index.js';
import type { GazList, Gazetteer } from '../src/stages/entities/tagger/gazetteer.js';
import { addPhrase, emptyGazetteer, gazBit } from '../src/stages/entities/tagger/gazetteer.js';

/** Smaller places are mostly homonyms of common words and surnames ("Selma", "Santos"). */
const MIN_POPULATION = 15000;
/** Longer phrases are descriptions ("CHIEF EXECUTIVE OFFICER OF THE ..."), not names a tagger meets. */
const MAX_TOKENS = 6;
const COUNTRY_CODE = /^[A-Z]{3}$/;
const BODY_CODE = /^(?:MNC|NGO|IGO)/;
/** A first word that is a title or initial, not a given name ("DR", "J."). */
const NOT_FIRST = /^(?:.|.\.|dr|mr|mrs|ms|gen|col|sir|sheikh|prince|king|al|el|de|van|von|abu|bin)$/i;

/**
 * News names a company in full once at most ("Apple Inc.", "Intel Corporation") and then without its legal
 * form ("Apple", "Intel"); Phoenix lists only the full form, so the list gets the short one too. Only a legal
 * form is dropped, never a head word ("Cisco Systems" stays: "United Technologies" would leave "United").
 */
const TRAILING_LEGAL_FORM =
  /\s+(?:INC|INCORPORATED|CORP|CORPORATION|CO|COMPANY|LTD|LIMITED|PLC|LLC|L\.?P|AG|SA|NV|GMBH)\.?$/i;
const MIN_SHORT_NAME = 3;

export function shortCompanyName(phrase: string): string | null {
  const short = phrase.replace(TRAILING_LEGAL_FORM, '').trim();
  return short !== phrase && short.length >= MIN_SHORT_NAME ? short : null;
}

const words = (phrase: string): string[] =>
  tokenize(phrase).spans.map((t) => phrase.slice(t.start, t.end).toLowerCase());

function add(g: Gazetteer, phrase: string, list: GazList): void {
  const tokens = words(phrase);
  if (tokens.length <= MAX_TOKENS) addPhrase(g, tokens, gazBit(list));
}

function addPhoenix(g: Gazetteer, shared: string): void {
  const path = join(shared, 'data', 'phoenix-dictionaries', 'phoenix-actors-flat.tsv');
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const [pattern, , code, , , restriction] = line.split('\t');
    if (!pattern || !code) continue;
    const phrase = pattern.replaceAll('_', ' ').trim();
    if (BODY_CODE.test(code)) {
      add(g, phrase, 'ORG');
      const short = shortCompanyName(phrase);
      if (short) add(g, short, 'ORG');
    } else if (restriction) {
      add(g, phrase, 'PER');
      const given = words(phrase);
      if (given.length > 1 && !NOT_FIRST.test(given[0]!)) addPhrase(g, [given[0]!], gazBit('FIRST'));
    } else if (COUNTRY_CODE.test(code)) add(g, phrase, 'COUNTRY');
  }
}

function addCities(g: Gazetteer, shared: string): void {
  const path = join(shared, 'data', 'geonames-cities', 'cities1000.tsv');
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const cells = line.split('\t');
    if (Number(cells[6]) >= MIN_POPULATION && cells[1]) add(g, cells[1], 'CITY');
  }
}

export function buildGazetteer(shared: string): Gazetteer {
  const g = emptyGazetteer();
  addPhoenix(g, shared);
  addCities(g, shared);
  return g;
}
