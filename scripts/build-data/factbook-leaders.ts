// Current heads of state and government from the CIA Factbook (CC0) → data/actors/factbook/leaders.tsv.
// Texts read "President Vladimir Vladimirovich PUTIN (since 7 May 2012); Vice President ...": the
// surname is in capitals, the office precedes the name, the date follows "since".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MONTHS } from '../../src/stages/dates/lexicon.js';
import { factbookCoder } from './factbook-codes.js';

export const LEADER_COLUMNS = ['name', 'code', 'role', 'from', 'field'] as const;

interface FactbookEntry {
  iso3?: string | null;
  name_short?: string | null;
  chief_of_state?: string | null;
  head_of_government?: string | null;
}

/** Words of office titles; the name starts at the first word that is not one of them. */
const OFFICE_WORDS = new Set(
  (
    'acting affairs and assembly cabinet captain chairman chairwoman chancellor chief co-prince commission ' +
    'council crown deputy duke emir emperor executive federal first general governor governor-general ' +
    "government grand head interim king leader minister of party people's premier president presidential " +
    'prime prince princess queen regent secretary sovereign state supreme the transitional vice'
  ).split(' '),
);

const SINCE = /\(since (?<day>\d{1,2}) (?<month>\p{L}+) (?<year>\d{4})\)/u;

function isoDate(day: string, month: string, year: string): string | null {
  const m = MONTHS.indexOf(month.toLowerCase());
  return m < 0 ? null : `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "KIM Jong Un" → "Kim Jong Un": the Factbook's capitals mark the surname, not how it is written. */
function nameCase(word: string): string {
  return /^\p{Lu}[\p{Lu}'-]+$/u.test(word)
    ? word.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    : word;
}

/** One "Office NAME (since D Month YYYY)" clause → [name, role, from], or null when it does not parse. */
export function parseOfficeHolder(clause: string): [name: string, role: string, from: string] | null {
  const since = SINCE.exec(clause);
  const groups = since?.groups;
  if (!since || !groups) return null;
  const from = isoDate(groups['day'] ?? '', groups['month'] ?? '', groups['year'] ?? '');
  const words = clause.slice(0, since.index).trim().split(/\s+/);
  const first = words.findIndex((w) => !OFFICE_WORDS.has(w.toLowerCase()));
  if (from === null || first <= 0 || !words.slice(first).some((w) => /^\p{Lu}{2,}/u.test(w))) return null;
  return [words.slice(first).map(nameCase).join(' '), words.slice(0, first).join(' '), from];
}

export function leaderRows(sharedData: string): string[][] {
  const path = join(sharedData, 'factbook-govt', 'factbook-govt-current.json');
  const entries = JSON.parse(readFileSync(path, 'utf8')) as FactbookEntry[];
  const coder = factbookCoder(sharedData);
  return entries
    .flatMap((e) =>
      (['chief_of_state', 'head_of_government'] as const).flatMap((field) =>
        (e[field] ?? '')
          .split(/;|\bnote\b/)
          .map(parseOfficeHolder)
          .filter((parsed) => parsed !== null)
          .map(([name, role, from]) => [name, coder(e) ?? '', role, from, field]),
      ),
    )
    .filter((row) => row[1] !== '');
}
