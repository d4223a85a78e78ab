import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { EventStore } from '../store/index.js';
import { createApp } from './app.js';
import type { AccessPolicy } from './security.js';

export interface ServerOptions {
  store: EventStore;
  access: AccessPolicy;
  host: string;
  port: number;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export const isLoopback = (host: string) => LOOPBACK.has(host) || host.startsWith('127.');

/** Serves the app on host:port (0 picks a free port); resolves once listening. */
export function startServer({ store, access, host, port }: ServerOptions): Promise<RunningServer> {
  const app = createApp({ store, access });
  return new Promise((resolve) => {
    const server: ServerType = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
