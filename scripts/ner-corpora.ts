/**
 * The tagger's annotated corpora (data/ner/SOURCE.md): GUM (repaired, repair.ts) and wikigold, with the
 * held-out dev part settings are chosen on. MEANTIME is never read here: it is evaluation only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../src/core/paths.js';
import { parseBio } from '../src/stages/entities/tagger/corpus.js';
import { repairGum } from '../src/stages/entities/tagger/repair.js';
import type { TaggedSentence } from '../src/stages/entities/tagger/train.js';

/** wikigold has no official split: its last sentences (whole articles, in article order) are the dev part. */
export const WIKIGOLD_DEV_SENTENCES = 250;
/** GUM dev's documents in file order, as sentence counts (gum-ner/SOURCE.md), for document-level passes. */
export const GUM_DEV_DOCS = [24, 28, 25, 38, 44, 53, 49, 42, 23, 41, 41, 30];

const readWiki = (): TaggedSentence[] =>
  parseBio(readFileSync(join(sharedDir(), 'data', 'wikigold-ner', 'wikigold.txt'), 'utf8'));
/** GUM's conversion needs the repairs of repair.ts (split hyphens, bridged names). */
const readGum = (file: string): TaggedSentence[] =>
  repairGum(parseBio(readFileSync(join(sharedDir(), 'data', 'gum-ner', file), 'utf8')));

export interface Corpora {
  train: TaggedSentence[];
  /** Held out: GUM dev, then the last WIKIGOLD_DEV_SENTENCES of wikigold. */
  dev: TaggedSentence[];
  all: TaggedSentence[];
}

export function corpora(): Corpora {
  const gumTrain = readGum('train.txt');
  const gumDev = readGum('dev.txt');
  const gumTest = readGum('test.txt');
  const wiki = readWiki();
  const cut = wiki.length - WIKIGOLD_DEV_SENTENCES;
  return {
    train: [...gumTrain, ...wiki.slice(0, cut)],
    dev: [...gumDev, ...wiki.slice(cut)],
    all: [...gumTrain, ...gumDev, ...gumTest, ...wiki],
  };
}

/** The dev part cut into documents: GUM dev's twelve, then wikigold's tail as one (its articles are unmarked). */
export function devDocuments(dev: readonly TaggedSentence[]): TaggedSentence[][] {
  const docs: TaggedSentence[][] = [];
  let at = 0;
  for (const n of GUM_DEV_DOCS) {
    docs.push(dev.slice(at, at + n));
    at += n;
  }
  docs.push(dev.slice(at));
  return docs;
}
