// Constructed documents for the quotes tests: entities found by name, sentences from the real splitter.
import type { Entity } from '../../core/document.js';
import { splitSentences } from '../sentences/index.js';
import { resolveQuotes, type QuotesOutput } from './index.js';

/** An entity with every occurrence of `name` in `text` as a mention. */
export function entity(text: string, name: string, type: Entity['type'], code: string | null): Entity {
  const mentions = [...text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map(
    (m) => ({
      start: m.index,
      end: m.index + name.length,
    }),
  );
  return { name, type, actor: { name, code, sector: null, role: null }, role: null, mentions };
}

export type EntitySpec = [name: string, type: Entity['type'], code: string | null];

export function quotesOf(text: string, specs: readonly EntitySpec[]): QuotesOutput {
  const entities = specs.map(([name, type, code]) => entity(text, name, type, code));
  return resolveQuotes({ text, sentences: splitSentences(text), entities, events: [] });
}
