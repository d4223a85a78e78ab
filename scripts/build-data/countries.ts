// Country names, demonyms and capitals → data/actors/countries/countries.tsv (text, code, kind, lang).
// Sources: i18n-iso-countries (MIT) for names in en/ko/ja/zh/ru, the CIA Factbook (CC0) for long names,
// capitals and nationality words, Phoenix (MIT) for spelling variants and demonyms ("NORTH KOREAN").
// mledoze/countries is not used: it is ODbL (share-alike) and adds nothing these three lack for coding.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CameoTables } from './cameo-codes.js';
import { factbookCoder } from './factbook-codes.js';
import { isCountryRow, type PhoenixRow } from './phoenix-actors.js';

export const COUNTRY_COLUMNS = ['text', 'code', 'kind', 'lang'] as const;

/** `short` is the Factbook's short name ("South Korea"), the display name of the country. */
type Row = [text: string, code: string, kind: 'short' | 'name' | 'demonym' | 'capital', lang: string];

interface FactbookEntry {
  iso3?: string | null;
  name_short?: string | null;
  name_long?: string | null;
  capital?: string | null;
  nationality_noun?: string | null;
  nationality_adj?: string | null;
}

const LANGS = ['en', 'ko', 'ja', 'zh', 'ru'] as const;

/** "Korea" and "Korean" name both Koreas; listing both codes lets the lookup report the ambiguity. */
const AMBIGUOUS: readonly Row[] = [
  ['Korea', 'KOR', 'name', 'en'],
  ['Korea', 'PRK', 'name', 'en'],
];

/**
 * An abbreviation the sources lack though the news uses it as a name: "the PRC" (145 times in the
 * State Department corpus, beside "DPRK" and "ROK", which the sources have). Phoenix has it only inside
 * a disambiguating bracket ("CHINA_(PRC)"), dropped with the other bracketed rows.
 */
const ABBREVIATIONS: readonly Row[] = [['PRC', 'CHN', 'name', 'en']];

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function i18nRows(dir: string): Row[] {
  const codes = readJson<string[][]>(join(dir, 'codes.json'));
  const alpha3 = new Map(codes.map(([a2 = '', a3 = '']) => [a2, a3]));
  return LANGS.flatMap((lang) => {
    const table = readJson<{ countries: Record<string, string | string[]> }>(join(dir, `${lang}.json`));
    return Object.entries(table.countries).flatMap(([a2, names]) =>
      [names].flat().map((text): Row => [text, alpha3.get(a2) ?? '', 'name', lang]),
    );
  });
}

/** "Korean(s)" → Korean, Koreans; "Frenchman(men), Frenchwoman(women)" → Frenchman, Frenchmen, ... */
export function nationalityWords(text: string): string[] {
  return text
    .split(/[,;]/)
    .filter((part) => !/\bnote\b|singular|plural/.test(part) || /\(s\)/.test(part))
    .flatMap((part) => {
      const match = /^\s*([\p{L}' -]+?)\s*(?:\((\p{L}+)\))?\s*$/u.exec(part);
      if (!match?.[1]) return [];
      const [word, suffix] = [match[1], match[2]];
      if (!suffix) return [word];
      return suffix === 's' ? [word, `${word}s`] : [word, word.replace(/(man|woman)$/, '') + suffix];
    });
}

/** "Washington, D.C." → Washington; "La Paz (administrative capital); Sucre (...)" → La Paz, Sucre. */
export function capitalNames(text: string): string[] {
  return text
    .split(';')
    .map(
      (part) =>
        part
          .replace(/\(.*?\)|\[.*?\]/g, '')
          .split(',')[0]
          ?.trim() ?? '',
    )
    .filter((name) => /^\p{Lu}[\p{L}' .-]+$/u.test(name));
}

function factbookRows(sharedData: string): Row[] {
  const coder = factbookCoder(sharedData);
  const path = join(sharedData, 'factbook-govt', 'factbook-govt-current.json');
  return readJson<FactbookEntry[]>(path).flatMap((e): Row[] => {
    const code = coder(e);
    if (!code) return [];
    const long = e.name_long?.split(';')[0];
    return [
      ...(e.name_short ? [[e.name_short, code, 'short', 'en'] as Row] : []),
      ...(long ? [[long, code, 'name', 'en'] as Row] : []),
      ...capitalNames(e.capital ?? '').map((text): Row => [text, code, 'capital', 'en']),
      ...[e.nationality_noun, e.nationality_adj]
        .flatMap((text) => nationalityWords(text ?? ''))
        .map((text): Row => [text, code, 'demonym', 'en']),
    ];
  });
}

/** Phoenix lists cities and regions among country synonyms ("CHUNGCHEONG" under North Korea, wrongly). */
function phoenixPlaceNames(countryInfoPath: string): Set<string> {
  const text = readFileSync(countryInfoPath, 'latin1');
  const places = new Set<string>();
  for (const block of text.matchAll(/<(Capital|MajorCities|Regions)>([\s\S]*?)<\/\1>/g)) {
    for (const line of (block[2] ?? '').split('\n'))
      places.add(line.trim().replace(/_+$/, '').replace(/_/g, ' '));
  }
  return places;
}

const DEMONYM_ENDING = /(?:AN|ESE|ISH|[^A]I)$/;

function phoenixCountryRows(rows: readonly PhoenixRow[], tables: CameoTables, places: Set<string>): Row[] {
  return rows
    .filter((row) => isCountryRow(row, tables) && row.to === '' && !places.has(row.pattern))
    .filter((row) => !/[,(]/.test(row.pattern))
    .map((row): Row => [row.pattern, row.cameo, DEMONYM_ENDING.test(row.pattern) ? 'demonym' : 'name', 'en']);
}

export function countryRows(
  sharedData: string,
  phoenix: readonly PhoenixRow[],
  tables: CameoTables,
): string[][] {
  const places = phoenixPlaceNames(join(sharedData, 'countryinfo', 'CountryInfo.140728.txt'));
  const rows = [
    ...i18nRows(join(sharedData, 'country-names-i18n')),
    ...factbookRows(sharedData),
    ...phoenixCountryRows(phoenix, tables, places),
    ...AMBIGUOUS,
    ...ABBREVIATIONS,
  ];
  // A name already known in mixed case from i18n or the Factbook wins over Phoenix's upper-case copy.
  const known = new Set(
    rows.filter(([text]) => text !== text.toUpperCase()).map(([t, c, k]) => `${t.toLowerCase()}|${c}|${k}`),
  );
  return rows
    .filter(([text, code]) => code !== '' && !text.includes(',') && text !== 'none')
    .filter(
      ([t, c, k]) => t !== t.toUpperCase() || t.length <= 4 || !known.has(`${t.toLowerCase()}|${c}|${k}`),
    );
}
