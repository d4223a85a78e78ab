// Decodes a CAMEO/Phoenix actor code ("PRKGOVMIL", "IGOUNOIAE", "RUSELI") into the project's Actor
// code and sector (DESIGN.md §4): ISO3 or IGO/UNO/EUR/NGO/MNC, plus the first agent as the sector.
import { join } from 'node:path';
import { readTsv } from './tsv.js';

export interface DecodedCode {
  code: string | null;
  sector: string | null;
}

export interface CameoTables {
  countries: ReadonlySet<string>;
  sectors: ReadonlySet<string>;
}

/** Country and type codes from cameo-codes.tsv, the agent codes Phoenix actually uses. */
export function loadCameoTables(sharedData: string): CameoTables {
  const cameo = readTsv(join(sharedData, 'cameo-codes', 'cameo-codes.tsv'));
  const agents = readTsv(join(sharedData, 'cameo-codes', 'phoenix-agent-codes.tsv'));
  const countries = new Set(cameo.filter((r) => r['kind'] === 'country').map((r) => r['code'] ?? ''));
  for (const code of HISTORICAL_STATES) countries.add(code);
  const sectors = new Set(cameo.filter((r) => r['kind'] === 'type').map((r) => r['code'] ?? ''));
  for (const row of agents) for (const chunk of chunks(row['agent_code'] ?? '')) sectors.add(chunk);
  return { countries, sectors };
}

/** States gone since 1991 that Phoenix still codes ("USSR" → SUN); cameo-codes.tsv lists only current ones. */
const HISTORICAL_STATES = ['SUN', 'YUG', 'CSK', 'DDR'];

function chunks(code: string): string[] {
  return code.match(/.{3}/g) ?? [];
}

/** Bodies without a country: the UN family is UNO and the EU is EUR (as the gold files code them). */
function decodeIgo(rest: string): DecodedCode {
  if (rest.startsWith('UNO')) return { code: 'UNO', sector: null };
  if (rest.startsWith('EUREEC')) return { code: 'EUR', sector: null };
  return { code: 'IGO', sector: null };
}

const BODY_PREFIXES = new Set(['NGO', 'MNC', 'NGM', 'IMG']);

export function decodeCameo(raw: string, tables: CameoTables): DecodedCode {
  const [head = '', ...rest] = chunks(raw);
  if (head === 'IGO') return decodeIgo(rest.join(''));
  if (BODY_PREFIXES.has(head))
    return { code: head === 'NGM' ? 'NGO' : head === 'IMG' ? 'IGO' : head, sector: null };
  if (tables.countries.has(head)) {
    const sector = rest.find((chunk) => tables.sectors.has(chunk)) ?? null;
    return { code: head, sector };
  }
  if (tables.sectors.has(head)) return { code: null, sector: head };
  return { code: null, sector: null };
}
