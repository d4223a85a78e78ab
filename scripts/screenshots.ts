/**
 * `npm run screenshots`: pictures of the main pages over the bundled sample, for the README. Uses the
 * database `npm start` builds (sitroom.db, or SITROOM_DB), ingesting the samples first (quick when done).
 * To add a page: one entry in SHOTS.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../src/api/server.js';
import { ingestItems } from '../src/ingest/loop.js';
import { sourceItems } from '../src/ingest/sources/index.js';
import { stageVersions } from '../src/pipeline/stages.js';
import { FETCH_DEFAULTS } from '../src/stages/fetch/index.js';
import { defaultTarget, openStore, type EventStore } from '../src/store/index.js';
import { launchBrowser } from '../test/ui/browser.js';
import { buildWeb, REPO_ROOT, WEB_OUT } from './build-web.js';
import { copyViewAssets } from './build-world.js';

const OUT = join(REPO_ROOT, 'docs', 'screenshots');

interface Shot {
  name: string;
  /** The page path, chosen from the data. */
  path(store: EventStore): Promise<string>;
}

/**
 * The page that best shows evidence and contradictions: a day-dated event whose reports disagree,
 * the most reported first (an event dated only by its year reads as noise in a picture).
 */
async function richestEvent(store: EventStore): Promise<string> {
  const { events } = await store.listEvents({ contradiction: true }, { limit: 500 });
  const candidates = events.length ? events : (await store.listEvents({}, { limit: 500 })).events;
  const score = (e: (typeof candidates)[number]) => (e.date?.precision === 'day' ? 1000 : 0) + e.reportCount;
  const best = [...candidates].sort((a, b) => score(b) - score(a))[0];
  if (!best) throw new Error('no events: ingest something first');
  return best.id;
}

const SHOTS: Shot[] = [
  { name: 'home', path: async () => '/?actor=PRK' },
  { name: 'timeline', path: async () => '/timeline' },
  { name: 'map', path: async () => '/map' },
  {
    name: 'network',
    // With the busiest person selected: people as nodes, and the drill-down to their events.
    path: async (store) => {
      const person = (await store.eventNetwork({}, 40)).nodes.find((n) => n.kind === 'person');
      return person ? `/network?${new URLSearchParams({ node: person.id })}` : '/network';
    },
  },
  { name: 'event', path: async (store) => `/event/${encodeURIComponent(await richestEvent(store))}` },
  {
    name: 'article',
    path: async (store) => {
      const event = await store.getEvent(await richestEvent(store));
      const report = event?.reports[0];
      if (!report) throw new Error('the event has no report');
      const { start, end } = report.event.evidence;
      return `/article/${encodeURIComponent(report.articleId)}?hl=${start}-${end}#target`;
    },
  },
];

async function main(): Promise<void> {
  await buildWeb();
  copyViewAssets(WEB_OUT);
  const store = await openStore(process.env['SITROOM_DB'] ?? defaultTarget());
  await ingestItems(
    sourceItems([join(REPO_ROOT, 'samples')], { store, fetch: FETCH_DEFAULTS, fetchArticles: false }),
    {
      store,
      stageVersions,
    },
  );
  const server = await startServer({
    store,
    host: '127.0.0.1',
    port: 0,
    access: { writeToken: null, readToken: null },
  });
  const browser = await launchBrowser();
  try {
    mkdirSync(OUT, { recursive: true });
    const page = await browser.context.newPage();
    for (const shot of SHOTS) {
      await page.goto(`${server.url}${await shot.path(store)}`);
      await page.locator('#main[aria-busy]').waitFor({ state: 'detached' });
      await page.screenshot({ path: join(OUT, `${shot.name}.png`), fullPage: false });
      console.log(`docs/screenshots/${shot.name}.png`);
    }
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
}

await main();
