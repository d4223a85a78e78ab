// `npm run data`: rebuilds data/actors/{phoenix,countries,factbook}/ from ../shared/data.
// Output is deterministic (rows deduplicated and sorted), so a rebuild with unchanged sources is no diff.
// data/actors/officials.tsv is hand-kept and never written here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, sharedDir } from '../../src/core/paths.js';
import { loadCameoTables } from './cameo-codes.js';
import { writeVerbs } from './cameo-verbs.js';
import { COUNTRY_COLUMNS, countryRows } from './countries.js';
import { PLACE_COLUMNS, placeRows } from './geonames-places.js';
import { LEADER_COLUMNS, leaderRows } from './factbook-leaders.js';
import { AGENT_COLUMNS, agentRows } from './phoenix-agents.js';
import { ACTOR_COLUMNS, phoenixActorRows, readPhoenix } from './phoenix-actors.js';
import { writeTsv } from './tsv.js';

/** Copies the text, not the file: the shared sources are read-only and a copy would keep that mode. */
function copyLicense(from: string, to: string): void {
  mkdirSync(join(to, '..'), { recursive: true });
  writeFileSync(to, readFileSync(from));
}

function main(): void {
  const shared = join(sharedDir(), 'data');
  const out = join(dataDir(), 'actors');
  const tables = loadCameoTables(shared);
  const phoenix = readPhoenix(shared);

  // Each output folder keeps the license of what it was built from.
  copyLicense(join(shared, 'phoenix-dictionaries', 'LICENSE'), join(out, 'phoenix', 'LICENSE'));
  copyLicense(
    join(shared, 'country-names-i18n', 'LICENSE'),
    join(out, 'countries', 'LICENSE-i18n-iso-countries'),
  );
  copyLicense(join(shared, 'phoenix-dictionaries', 'LICENSE'), join(out, 'countries', 'LICENSE-phoenix'));

  const counts = {
    'phoenix/actors.tsv': writeTsv(
      join(out, 'phoenix', 'actors.tsv'),
      ACTOR_COLUMNS,
      phoenixActorRows(phoenix, tables),
    ),
    'phoenix/agents.tsv': writeTsv(
      join(out, 'phoenix', 'agents.tsv'),
      AGENT_COLUMNS,
      agentRows(shared, tables),
    ),
    'countries/countries.tsv': writeTsv(
      join(out, 'countries', 'countries.tsv'),
      COUNTRY_COLUMNS,
      countryRows(shared, phoenix, tables),
    ),
    'factbook/leaders.tsv': writeTsv(
      join(out, 'factbook', 'leaders.tsv'),
      LEADER_COLUMNS,
      leaderRows(shared),
    ),
    '../events/verbs.json (patterns)': writeVerbs(shared, join(dataDir(), 'events')),
    '../places/cities.tsv': writeTsv(
      join(dataDir(), 'places', 'cities.tsv'),
      PLACE_COLUMNS,
      placeRows(shared),
    ),
  };
  for (const [file, rows] of Object.entries(counts)) console.log(`data/actors/${file}: ${rows} rows`);
}

main();
