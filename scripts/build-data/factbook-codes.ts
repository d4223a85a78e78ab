// The Factbook extract's iso3 comes from a FIPS crosswalk with errors (Japan → "JON", Israel → "IL",
// Turks and Caicos → "TKL"): the ISO code of the country's English name, from i18n-iso-countries, wins.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FactbookNamed {
  iso3?: string | null;
  name_short?: string | null;
}

export type FactbookCoder = (entry: FactbookNamed) => string | null;

export function factbookCoder(sharedData: string): FactbookCoder {
  const dir = join(sharedData, 'country-names-i18n');
  const codes = JSON.parse(readFileSync(join(dir, 'codes.json'), 'utf8')) as string[][];
  const alpha3 = new Map(codes.map(([a2 = '', a3 = '']) => [a2, a3]));
  const en = JSON.parse(readFileSync(join(dir, 'en.json'), 'utf8')) as {
    countries: Record<string, string | string[]>;
  };
  const byName = new Map<string, string>();
  for (const [a2, names] of Object.entries(en.countries))
    for (const name of [names].flat()) byName.set(name.toLowerCase(), alpha3.get(a2) ?? '');
  return (entry) => {
    if (!entry.iso3) return null;
    return byName.get((entry.name_short ?? '').toLowerCase()) || entry.iso3;
  };
}
