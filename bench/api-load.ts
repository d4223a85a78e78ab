import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ServerStats } from './api-server.js';

/**
 * The load half of the API bench: a server in a child process (bench/api-server.ts) and autocannon in
 * this one, so the load generator and the server never share an event loop; on a two-core machine
 * each gets a core when nothing else runs. Latencies are taken from every response, not autocannon's
 * histogram summary (which has no p95).
 */

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** CPU (ms) spent by the database outside the server process since the last call, if measurable. */
  databaseCpuMs?: () => Promise<number>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  /** Server CPU per request (ms): the cost a faster query must cut, whatever else loads the machine. */
  cpuPerRequestMs: number;
  /** The load generator's own CPU per request (ms), spent in this process, not the server's. */
  clientCpuPerRequestMs: number;
  /** PostgreSQL's backends' CPU per request (ms); null for SQLite, which runs inside the server. */
  databaseCpuPerRequestMs: number | null;
  server: ServerStats;
  /** The one-minute load average after the run: how busy the machine was besides. */
  load: number;
}

export interface BenchServer {
  url: string;
  stats(): Promise<ServerStats>;
  close(): Promise<void>;
}

/** Forks the bench server on `target` and resolves once it listens. */
export function startServerProcess(target: string): Promise<BenchServer> {
  const script = fileURLToPath(new URL('./api-server.js', import.meta.url));
  const child = fork(script, [target], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    child.once('message', (message) => {
      child.removeAllListeners('exit');
      resolve(handle(child, (message as { url: string }).url));
    });
  });
}

function handle(child: ChildProcess, url: string): BenchServer {
  return {
    url,
    stats: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve(m as ServerStats));
        child.send('stats');
      }),
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.send('close');
      }),
  };
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** One bounded autocannon run against `url` (two warm-up seconds first, not counted). */
export async function runLoad(server: BenchServer, url: string, options: LoadOptions): Promise<LoadResult> {
  await autocannon({ url, connections: options.connections, duration: 2 });
  await server.stats();
  await options.databaseCpuMs?.();
  const client = process.cpuUsage();
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections, duration: options.seconds },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      times.push(ms);
      if (status !== 200) errors++;
    });
  });
  const clientCpu = process.cpuUsage(client);
  const stats = await server.stats();
  const databaseCpu = options.databaseCpuMs ? await options.databaseCpuMs() : null;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    errors: errors + result.errors + result.timeouts,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    p99: quantile(times, 0.99),
    perSecond: times.length / options.seconds,
    cpuPerRequestMs: stats.cpuMs / Math.max(1, times.length),
    clientCpuPerRequestMs: (clientCpu.user + clientCpu.system) / 1000 / Math.max(1, times.length),
    databaseCpuPerRequestMs: databaseCpu === null ? null : databaseCpu / Math.max(1, times.length),
    server: stats,
    load: loadavg()[0] ?? 0,
  };
}
