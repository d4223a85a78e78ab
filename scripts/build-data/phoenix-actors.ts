// Phoenix actor patterns → data/actors/phoenix/actors.tsv: people with their dated codes, and named
// organizations. Country names are not written here (countries.ts merges them with the other country
// sources); multinational companies are dropped (4,400 patterns from 2009 lists, rarely actors in our news).
import { join } from 'node:path';
import { decodeCameo, type CameoTables } from './cameo-codes.js';
import { readTsv } from './tsv.js';

export interface PhoenixRow {
  pattern: string;
  canonical: string;
  cameo: string;
  from: string;
  to: string;
  file: string;
}

export const ACTOR_COLUMNS = ['name', 'kind', 'patterns', 'terms'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Rows whose dates are not ISO dates ("9008223" for ARMENIA) are dropped rather than guessed. */
function validDates(row: PhoenixRow): boolean {
  if (row.from !== '' && !ISO_DATE.test(row.from)) return false;
  if (row.to !== '' && !ISO_DATE.test(row.to)) return false;
  return row.from === '' || row.to === '' || row.from <= row.to;
}

export function readPhoenix(sharedData: string): PhoenixRow[] {
  return readTsv(join(sharedData, 'phoenix-dictionaries', 'phoenix-actors-flat.tsv'))
    .map((r) => ({
      pattern: (r['pattern'] ?? '').trim(),
      canonical: (r['canonical'] ?? '').trim(),
      cameo: r['code'] ?? '',
      from: r['valid_from'] ?? '',
      to: r['valid_to'] ?? '',
      file: r['source_file'] ?? '',
    }))
    .filter((r) => r.pattern !== '' && r.file.endsWith('.txt') && validDates(r));
}

/** A pure country code ("PRK"), as opposed to a country plus agents ("PRKGOV"). */
export function isCountryRow(row: PhoenixRow, tables: CameoTables): boolean {
  return row.file === 'Phoenix.Countries.actors.txt' && tables.countries.has(row.cameo);
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'la', 'al']);

/** "KIM JONG IL" → "Kim Jong Il"; short all-consonant or 2-4 letter tokens of orgs stay upper ("UN", "NATO"). */
export function displayName(canonical: string, person: boolean): string {
  return canonical
    .toLowerCase()
    .split(' ')
    .map((word, i) => {
      if (i > 0 && SMALL_WORDS.has(word)) return word;
      if (!person && (word.length <= 4 || !/[aeiou]/.test(word))) return word.toUpperCase();
      return word.replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}

/** Everyone with a dated code is a person (Phoenix dates only people's offices); ELI marks former officials. */
function personCanonicals(rows: readonly PhoenixRow[]): Set<string> {
  return new Set(
    rows.filter((r) => r.from !== '' || r.to !== '' || r.cameo.endsWith('ELI')).map((r) => r.canonical),
  );
}

/** One-word person patterns ("KARZAI", "HAMMARSKJOLD") are surnames: the coreference stage resolves them. */
function keepPattern(row: PhoenixRow, person: boolean): boolean {
  if (row.cameo.startsWith('MNC')) return false;
  return !person || row.pattern.includes(' ');
}

/** One term of an actor: "RUS/GOV/2008-05-08/" (code/sector/from/to, empty when open or unknown). */
function term(row: PhoenixRow, tables: CameoTables): string | null {
  const { code, sector } = decodeCameo(row.cameo, tables);
  // Codes that decode to nothing ("USRTKM", a Soviet-era prefix) would give an actor without code or sector.
  if (code === null && sector === null) return null;
  return [code ?? '', sector ?? '', row.from, row.to].join('/');
}

/**
 * One line per actor (a Phoenix canonical): its display name, kind, the patterns that differ from the
 * name, and its terms. Grouping keeps the file at a third of the flat size (most patterns are the name).
 */
export function phoenixActorRows(rows: readonly PhoenixRow[], tables: CameoTables): string[][] {
  const people = personCanonicals(rows);
  const actors = new Map<string, { patterns: Set<string>; terms: Set<string> }>();
  for (const row of rows) {
    const person = people.has(row.canonical);
    if (isCountryRow(row, tables) || !keepPattern(row, person)) continue;
    const t = term(row, tables);
    if (t === null) continue;
    const actor = actors.get(row.canonical) ?? { patterns: new Set<string>(), terms: new Set<string>() };
    actors.set(row.canonical, actor);
    if (row.pattern !== row.canonical) actor.patterns.add(row.pattern);
    actor.terms.add(t);
  }
  return [...actors].map(([canonical, { patterns, terms }]) => {
    const person = people.has(canonical);
    const name = displayName(canonical, person);
    // A person whose only patterns were surnames keeps no pattern at all: the name itself is one.
    return [name, person ? 'person' : 'org', [...patterns].sort().join('|'), [...terms].sort().join(',')];
  });
}
