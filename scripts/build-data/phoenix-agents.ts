// Phoenix agent nouns ("DEFENCE_MINIST", "RIOT_POLICE" → GOVMIL, COP) → data/actors/phoenix/agents.tsv.
// They give a sector to generic mentions ("police", "troops") and to titles the hand rules do not cover.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CameoTables } from './cameo-codes.js';

export const AGENT_COLUMNS = ['pattern', 'sector', 'cameo'] as const;

/** "CATTLE!PERSON! [~AGR]": the pattern, optional {plurals}, then the code in brackets. */
const AGENT_LINE = /^(?<pattern>[^[{#]+?)\s*(?:\{(?<plurals>[^}]*)\})?\s*\[~(?<code>[A-Z]+)\]/;
const SUBSTITUTION = /^!(?<name>[A-Z]+)!\s*=\s*(?<values>.+)$/;

/** Regular English plurals; PETRARCH generates these itself, so the file lists singulars only. */
export function pluralOf(phrase: string): string {
  if (/(?:x|ch|sh)$/i.test(phrase)) return `${phrase}ES`;
  if (/[^aeiou]y$/i.test(phrase)) return `${phrase.slice(0, -1)}IES`;
  if (/MAN$/.test(phrase)) return `${phrase.slice(0, -3)}MEN`;
  return `${phrase}S`;
}

function expand(pattern: string, sets: Map<string, string[]>): string[] {
  const match = /!([A-Z]+)!/.exec(pattern);
  if (!match) return [pattern];
  const values = sets.get(match[1] ?? '') ?? [];
  return values.flatMap((v) => expand(pattern.replace(match[0], v), sets));
}

function phrase(raw: string): string {
  return raw.replace(/_/g, ' ').trim().replace(/\s+/g, ' ');
}

export function agentRows(sharedData: string, tables: CameoTables): string[][] {
  const text = readFileSync(join(sharedData, 'phoenix-dictionaries', 'Phoenix.agents.txt'), 'utf8');
  const sets = new Map<string, string[]>();
  const rows: string[][] = [];
  for (const line of text.split('\n').map((l) => l.replace(/#.*/, '').trim())) {
    const sub = SUBSTITUTION.exec(line)?.groups;
    if (sub)
      sets.set(
        sub['name'] ?? '',
        (sub['values'] ?? '').split(',').map((v) => v.trim()),
      );
    const groups = AGENT_LINE.exec(line)?.groups;
    if (!groups) continue;
    const code = groups['code'] ?? '';
    const sector = code.slice(0, 3);
    if (!tables.sectors.has(sector)) continue;
    const plurals = (groups['plurals'] ?? '').split(/\s+/).filter(Boolean);
    for (const form of expand(groups['pattern'] ?? '', sets)) {
      const singular = phrase(form);
      const forms = /(?:S|MEN|PEOPLE)$/.test(singular) ? [singular] : [singular, pluralOf(singular)];
      for (const f of [...forms, ...plurals.map(phrase)]) rows.push([f, sector, code]);
    }
  }
  return rows.filter(([pattern]) => pattern !== '');
}
