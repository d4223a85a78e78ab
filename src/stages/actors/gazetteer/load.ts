// Reads the shipped dictionaries (data/actors/**) into aliases: a name and the entry it codes.
// Precedence lives in gazetteer.ts; here each file becomes entries, one reader per file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../../core/paths.js';
import type { Alias, Entry, EntryKind } from './entry.js';
import { nameKey } from './normalize.js';
import { SEAT_RULES } from './seats.js';
import { TITLE_RULES } from './titles.js';

function readRows(path: string): string[][] {
  const lines = readFileSync(path, 'utf8').split('\n').slice(1);
  return lines.filter((line) => line !== '').map((line) => line.split('\t'));
}

const orNull = (cell: string | undefined): string | null => (cell ? cell : null);

/**
 * Japanese names appear in both orders ("Kishida Fumio" in State Department texts, "Fumio Kishida"
 * in wires): two-word names of JPN officials are indexed both ways.
 */
function nameOrders(name: string, code: string): string[] {
  const words = name.split(' ');
  return code === 'JPN' && words.length === 2 && /^[A-Z]/.test(name)
    ? [name, `${words[1]} ${words[0]}`]
    : [name];
}

export function readOfficials(dir: string): Alias[] {
  return readRows(join(dir, 'officials.tsv')).flatMap(
    ([name = '', aliases = '', code = '', sector, role, from, to, url]) => {
      const entry: Entry = {
        id: `officials:${nameKey(name)}`,
        kind: 'person',
        source: 'officials',
        actor: { name, code: orNull(code), sector: orNull(sector), role: orNull(role) },
        from: orNull(from),
        to: orNull(to),
        fallback: false,
        ref: orNull(url),
      };
      const names = [name, ...aliases.split('|').filter(Boolean)].flatMap((n) => nameOrders(n, code));
      return names.map((n) => ({ name: n, entry }));
    },
  );
}

/** "RUS/GOV/2008-05-08/" → code, sector, from, to. */
function parseTerm(term: string): [string, string, string, string] {
  const [code = '', sector = '', from = '', to = ''] = term.split('/');
  return [code, sector, from, to];
}

/**
 * People the officials table knows keep only Phoenix's undated code: its dated terms stop in 2014
 * and are open-ended ("BAN KI-MOON" as UN chief ">20070101"), which the table corrects.
 */
export function readPhoenixActors(dir: string, superseded: ReadonlySet<string>): Alias[] {
  return readRows(join(dir, 'phoenix', 'actors.tsv')).flatMap(
    ([name = '', kind = '', patterns = '', terms = '']) => {
      const names = [name, ...patterns.split('|').filter(Boolean)];
      const known = kind === 'person' && superseded.size > 0 && names.some((n) => superseded.has(nameKey(n)));
      return terms.split(',').flatMap((term) => {
        const [code, sector, from, to] = parseTerm(term);
        const fallback = kind === 'person' && from === '' && to === '';
        if (known && !fallback) return [];
        const entry: Entry = {
          id: `phoenix:${name}`,
          kind: kind === 'person' ? 'person' : 'org',
          source: 'phoenix',
          actor: { name, code: orNull(code), sector: orNull(sector), role: null },
          from: orNull(from),
          to: orNull(to),
          fallback,
          ref: null,
        };
        return names.map((n) => ({ name: n, entry }));
      });
    },
  );
}

/** Country names, demonyms and capitals; the display name is the Factbook short name when there is one. */
export function readCountries(dir: string): Alias[] {
  const rows = readRows(join(dir, 'countries', 'countries.tsv'));
  const display = new Map<string, string>();
  for (const [text = '', code = '', kind = '', lang] of rows) {
    if (kind === 'short' || (kind === 'name' && lang === 'en' && !display.has(code))) display.set(code, text);
  }
  // One entry per country and kind, shared by all its names, so a name listed twice is one candidate.
  const entries = new Map<string, Entry>();
  return rows.map(([text = '', code = '', kind = '']) => {
    const entryKind: EntryKind = kind === 'demonym' ? 'demonym' : kind === 'capital' ? 'capital' : 'country';
    const key = `${code}|${entryKind}`;
    const entry: Entry = entries.get(key) ?? {
      id: `countries:${code}`,
      kind: entryKind,
      source: 'countries',
      actor: { name: display.get(code) ?? text, code, sector: null, role: null },
      from: null,
      to: null,
      fallback: false,
      ref: null,
    };
    entries.set(key, entry);
    return { name: text, entry };
  });
}

/** Current Factbook leaders, except for countries whose officials the hand-kept table covers. */
export function readLeaders(dir: string, coveredCodes: ReadonlySet<string>): Alias[] {
  return readRows(join(dir, 'factbook', 'leaders.tsv'))
    .filter(([, code = '']) => !coveredCodes.has(code))
    .map(([name = '', code = '', role = '', from = '']) => ({
      name,
      entry: {
        id: `factbook:${nameKey(name)}`,
        kind: 'person',
        source: 'factbook',
        actor: { name, code, sector: 'GOV', role },
        from,
        to: null,
        fallback: false,
        ref: null,
      },
    }));
}

export function readAgents(dir: string): Alias[] {
  return readRows(join(dir, 'phoenix', 'agents.tsv')).map(([pattern = '', sector = '']) => ({
    name: pattern,
    entry: {
      id: `agent:${sector}`,
      kind: 'agent',
      source: 'phoenix',
      actor: { name: pattern.toLowerCase(), code: null, sector, role: null },
      from: null,
      to: null,
      fallback: false,
      ref: null,
    },
  }));
}

function ruleEntry(
  id: string,
  kind: EntryKind,
  name: string,
  code: string | null,
  sector: string,
  role: string | null,
): Entry {
  return {
    id,
    kind,
    source: 'rules',
    actor: { name, code, sector: orNull(sector), role },
    from: null,
    to: null,
    fallback: false,
    ref: id,
  };
}

export function readRules(): Alias[] {
  const titles = TITLE_RULES.flatMap((rule) => {
    const entry = ruleEntry(rule.id, 'title', rule.role, rule.code ?? null, rule.sector, rule.role);
    return rule.phrases.map((name) => ({ name, entry }));
  });
  const seats = SEAT_RULES.map((rule) => ({
    name: rule.phrase,
    entry: ruleEntry(rule.id, 'seat', rule.phrase, rule.code, rule.sector, null),
  }));
  return [...titles, ...seats];
}

/** Every alias of every shipped dictionary. */
export function readAll(dir: string = join(dataDir(), 'actors')): Alias[] {
  const officials = readOfficials(dir);
  const superseded = new Set(officials.map((a) => nameKey(a.name)));
  const covered = new Set(officials.map((a) => a.entry.actor.code ?? ''));
  return [
    ...officials,
    ...readPhoenixActors(dir, superseded),
    ...readLeaders(dir, covered),
    ...readCountries(dir),
    ...readAgents(dir),
    ...readRules(),
  ];
}
