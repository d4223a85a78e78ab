import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startServer } from '../src/api/server.js';
import { openStore } from '../src/store/index.js';

/**
 * The API bench's server, in its own process (forked by bench/api-load.ts), so the load generator
 * never shares an event loop with it. Argument: the database target (a SQLite file or a postgres://
 * URL). Over IPC it sends `{ url }` once listening, answers `'stats'` with its CPU time and event-loop
 * delay since the last `'stats'` (the cost of one measured run), and exits on `'close'`.
 */

export interface ServerStats {
  /** User + system CPU time of the server process, in ms. */
  cpuMs: number;
  /** Event-loop delay percentiles in ms: how long a ready request waited behind running work. */
  loopP50Ms: number;
  loopP99Ms: number;
  loopMaxMs: number;
}

const target = process.argv[2];
if (!target || !process.send) throw new Error('usage: forked by bench/api-load.ts with a database target');

const store = await openStore(target);
const server = await startServer({
  store,
  host: '127.0.0.1',
  port: 0,
  access: { writeToken: null, readToken: null },
});
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();
let cpu = process.cpuUsage();

process.on('message', (message) => {
  if (message === 'stats') {
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    const stats: ServerStats = {
      cpuMs: (used.user + used.system) / 1000,
      loopP50Ms: loop.percentile(50) / 1e6,
      loopP99Ms: loop.percentile(99) / 1e6,
      loopMaxMs: loop.max / 1e6,
    };
    loop.reset();
    process.send?.(stats);
  } else if (message === 'close') {
    loop.disable();
    // Requests autocannon abandoned at the end of a run may still be queued here, and keep-alive
    // sockets hold close() open: the store closes once they drain, and the process exits within 5 s.
    setTimeout(() => process.exit(0), 5000).unref();
    // A socket autocannon dropped closes before its request's queries finish; give those half a second.
    void server
      .close()
      .then(() => new Promise((done) => setTimeout(done, 500)))
      .then(() => store.close())
      .then(() => process.exit(0));
  }
});
process.send({ url: server.url });
