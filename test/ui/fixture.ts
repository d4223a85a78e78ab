import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { ingestItems } from '../../src/ingest/loop.js';
import { sourceItems } from '../../src/ingest/sources/index.js';
import { stageVersions } from '../../src/pipeline/stages.js';
import { FETCH_DEFAULTS } from '../../src/stages/fetch/index.js';
import { openStore, type EventStore } from '../../src/store/index.js';
import { buildWeb } from '../../scripts/build-web.js';

const SAMPLES = new URL('../../samples/', import.meta.url);

/**
 * An article written to attack the page: markup in its text and title that would run if any of it were
 * parsed as HTML. Each payload sets window.__pwned or opens a dialog; the test checks that none did.
 */
export const HOSTILE_MARKERS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<a href="javascript:window.__pwned=\'link\'">click here</a>',
  '<svg onload="alert(1)"></svg>',
];
const HOSTILE_TEXT = [
  'Hostile test page <b onmouseover="alert(1)">title</b>',
  '',
  `SEOUL, March 3 -- North Korea fired a ballistic missile into the East Sea on Monday, the South Korean military said. ${HOSTILE_MARKERS[0]}`,
  '',
  `South Korea condemned the launch. ${HOSTILE_MARKERS[1]} ${HOSTILE_MARKERS[2]}`,
  '',
  `"We will respond firmly," said the spokesman. ${HOSTILE_MARKERS[3]}`,
].join('\n');

/** The seed page, three State Department records and the hostile page, in a temp folder. */
function writeSources(dir: string): string[] {
  const seed = 'seed-korea-herald-2024-01-18.txt';
  writeFileSync(join(dir, seed), readFileSync(new URL(seed, SAMPLES)));
  // Records with DPRK in the title: readouts and statements that carry coded events.
  const records = readFileSync(new URL('usdos-korea-2021-2022.jsonl', SAMPLES), 'utf8')
    .split('\n')
    .filter((line) => /DPRK/.test((JSON.parse(line || '{}') as { title?: string }).title ?? ''))
    .slice(0, 3);
  writeFileSync(join(dir, 'usdos.jsonl'), `${records.join('\n')}\n`);
  writeFileSync(join(dir, 'hostile.txt'), HOSTILE_TEXT);
  return [join(dir, seed), join(dir, 'usdos.jsonl'), join(dir, 'hostile.txt')];
}

export interface UiFixture {
  url: string;
  store: EventStore;
  close(): Promise<void>;
}

/**
 * Builds the UI, ingests the test documents into a temp SQLite file and serves it on 127.0.0.1:0; reads
 * are open unless `readToken` is given (a server started with --read-token).
 */
export async function startUiFixture(readToken: string | null = null): Promise<UiFixture> {
  await buildWeb();
  const dir = mkdtempSync(join(tmpdir(), 'sitroom-ui-test-'));
  const store = await openStore(join(dir, 'ui.db'));
  const summary = await ingestItems(
    sourceItems(writeSources(dir), { store, fetch: FETCH_DEFAULTS, fetchArticles: false }),
    { store, stageVersions },
  );
  if (summary.counts.failed > 0)
    throw new Error(`fixture ingest failed: ${JSON.stringify(summary.failures)}`);
  const server: RunningServer = await startServer({
    store,
    host: '127.0.0.1',
    port: 0,
    access: { writeToken: null, readToken },
  });
  return {
    url: server.url,
    store,
    close: async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
