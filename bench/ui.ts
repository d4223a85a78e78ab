import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/api/server.js';
import { openDatabase } from '../src/store/dialect.js';
import { openStore } from '../src/store/index.js';
import { launchBrowser } from '../test/ui/browser.js';
import { buildBenchData } from './api-data.js';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 100_000);
const RUNS = 5;

/** Each page, and the performance mark its render ends with (src/web/pages). */
const PAGES: Array<{ label: string; path: string; mark: string }> = [
  { label: 'home (no filter)', path: '/', mark: 'sitroom:search:rendered' },
  { label: 'search: type + actor', path: '/?type=MOBILIZE&actor=PRK', mark: 'sitroom:search:rendered' },
  { label: 'search: text', path: '/?q=satellite', mark: 'sitroom:search:rendered' },
  {
    label: 'timeline: actor + year',
    path: '/timeline?actor=PRK&from=2020-01-01&to=2020-12-31',
    mark: 'sitroom:timeline:rendered',
  },
  { label: 'timeline: no filter', path: '/timeline', mark: 'sitroom:timeline:rendered' },
  {
    label: 'network: actor + year',
    path: '/network?actor=PRK&from=2020-01-01&to=2020-12-31',
    mark: 'sitroom:network:rendered',
  },
];

/**
 * Time to first render in chromium (issue 6: under 1 s on localhost at 100,000 events): from navigation
 * start to the page's `rendered` mark, i.e. shell, bundle, API calls and DOM, median of RUNS loads.
 * Serves the UI `npm run bench` has just built into dist/web.
 */
export async function benchUi(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitroom-bench-ui-'));
  const target = join(dir, 'bench.db');
  const started = Date.now();
  const connection = await openDatabase(target, {});
  await buildBenchData(connection.db, EVENTS);
  await connection.db.destroy();
  console.log(`sqlite: built ${EVENTS} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const store = await openStore(target);
  const server = await startServer({
    store,
    host: '127.0.0.1',
    port: 0,
    access: { writeToken: null, readToken: null },
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    // The machine may be shared: the load average says how far the wall-clock figures can be trusted.
    console.log(
      `load average before: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log('| page | median ms | min ms | max ms |');
    console.log('| --- | --- | --- | --- |');
    for (const { label, path, mark } of PAGES) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(`${server.url}${path}`);
        const handle = await page.waitForFunction(
          (name) => performance.getEntriesByName(name)[0]?.startTime ?? false,
          mark,
          { timeout: 60_000 },
        );
        times.push(Number(await handle.jsonValue()));
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] ?? NaN;
      console.log(
        `| ${label} | ${median.toFixed(0)} | ${times[0]?.toFixed(0)} | ${times.at(-1)?.toFixed(0)} |`,
      );
    }
    console.log(
      `load average after: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
