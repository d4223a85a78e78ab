import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Document, Event } from '../core/document.js';
import { emptyDocument } from '../core/document.js';
import type { DialectName } from './dialect.js';
import type { EventStore } from './repository.js';
import { openStore } from './sql-store.js';

/** The fixed clock of store tests, so stored times are deterministic. */
export const TEST_NOW = new Date('2024-01-20T00:00:00Z');

export interface OpenedStore {
  store: EventStore;
  cleanup(): Promise<void>;
}

export interface DialectCase {
  name: DialectName;
  /** A reason to skip (printed by the runner), or false. */
  skip: string | false;
  open(): Promise<OpenedStore>;
  /** Where a child process should connect: a URL or file, plus the schema on PostgreSQL. */
  target(file: string): { target: string; schema: string | null };
}

const databaseUrl = process.env['DATABASE_URL'];

/** A fresh schema per test, so parallel test files and parallel CI jobs never see each other's rows. */
export function uniqueSchema(): string {
  return `t_${process.pid}_${randomBytes(4).toString('hex')}`;
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}

/**
 * Every store test runs once per dialect (kysely's DIALECTS): SQLite in memory with the real
 * migrations always; PostgreSQL when DATABASE_URL is set, as CI does.
 */
export const DIALECTS: readonly DialectCase[] = [
  {
    name: 'sqlite',
    skip: false,
    async open() {
      const store = await openStore(':memory:', { now: () => TEST_NOW });
      return { store, cleanup: () => store.close() };
    },
    target: (file) => ({ target: file, schema: null }),
  },
  {
    name: 'postgres',
    skip: databaseUrl
      ? false
      : 'DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test); CI sets it to run these',
    async open() {
      const url = databaseUrl ?? '';
      const schema = uniqueSchema();
      const store = await openStore(url, { schema, now: () => TEST_NOW });
      return {
        store,
        async cleanup() {
          await store.close();
          await dropSchema(url, schema);
        },
      };
    },
    target: () => ({ target: databaseUrl ?? '', schema: uniqueSchema() }),
  },
];

export { dropSchema };

/** A synthetic article (no publisher text): `words` decides the body, so tests control overlap. */
export function testDocument(fields: Partial<Document> = {}): Document {
  return { ...emptyDocument(), language: 'en', ...fields };
}

/** Deterministic filler prose of n words, different for each seed. */
export function filler(seed: number, n = 120): string {
  const vocabulary = 'army navy talks summit border drill envoy treaty vessel shell radar port'.split(' ');
  let x = seed + 1;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(`${vocabulary[x % vocabulary.length]}${x % 89}`);
  }
  return `${out.join(' ')}.`;
}

const actor = (code: string, sector: string | null = 'GOV') => ({ name: code, code, sector, role: null });

/** A synthetic extracted event; override what the case is about. */
export function testEvent(fields: Partial<Event> & { quantities?: Record<string, string | number> } = {}) {
  return {
    type: 'MOBILIZE',
    mode: 'weapons',
    context: ['military'],
    actor: [actor('PRK', 'MIL')],
    recipient: [],
    date: {
      start: '2024-01-14',
      end: '2024-01-14',
      text: 'on Sunday',
      precision: 'day' as const,
      anchor: null,
    },
    place: null,
    status: 'occurred',
    historical: false,
    evidence: { text: 'fired a missile', start: 0, end: 15 },
    quote: null,
    confidence: 0.9,
    ...fields,
  };
}

export { actor };
