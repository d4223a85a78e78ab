/**
 * `npm run train`: trains the named-entity tagger on GUM and wikigold (CC BY, see data/ner/SOURCE.md) with
 * the name-list features of scripts/ner-gazetteer.ts, and writes data/ner/model.bin and gazetteer.tsv.
 * Deterministic: fixed seed and order, so the same data gives the same bytes.
 * `--dev` instead trains on the training parts only and prints entity F1 on the held-out dev part after
 * each iteration (how ITERATIONS was chosen). MEANTIME is never read here: it is evaluation only.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, sharedDir } from '../src/core/paths.js';
import type { Gazetteer } from '../src/stages/entities/tagger/gazetteer.js';
import { serializeGazetteer } from '../src/stages/entities/tagger/gazetteer.js';
import { runsOf, CLASSES } from '../src/stages/entities/tagger/labels.js';
import { tagSentence, newScratch } from '../src/stages/entities/tagger/model.js';
import type { TaggerModel } from '../src/stages/entities/tagger/model.js';
import { serializeModel } from '../src/stages/entities/tagger/model-io.js';
import { GAZETTEER_FILE } from '../src/stages/entities/tagger/index.js';
import { countRuns, emptyCounts, prf } from '../src/stages/entities/tagger/score.js';
import type { TaggedSentence } from '../src/stages/entities/tagger/train.js';
import { train } from '../src/stages/entities/tagger/train.js';
import { buildGazetteer } from './ner-gazetteer.js';
import { corpora } from './ner-corpora.js';
import { TRAIN_SETTINGS } from './train-settings.js';

const { iterations: ITERATIONS, hashBits: HASH_BITS, seed: SEED } = TRAIN_SETTINGS;

function devScore(model: TaggerModel, dev: TaggedSentence[]): string {
  const counts = emptyCounts();
  const scratch = newScratch();
  for (const s of dev) countRuns(runsOf(s.tags), runsOf(tagSentence(model, s.words, scratch)), counts);
  const total = Object.values(counts).reduce((a, c) => ({
    tp: a.tp + c.tp,
    fp: a.fp + c.fp,
    fn: a.fn + c.fn,
  }));
  const cells = CLASSES.map((c) => `${c} ${prf(counts[c]).f1.toFixed(3)}`);
  return `all ${prf(total).f1.toFixed(3)}  ${cells.join('  ')}`;
}

function main(): void {
  const { train: trainPart, dev, all } = corpora();
  const gazetteer: Gazetteer = buildGazetteer(sharedDir());
  if (process.argv.includes('--dev')) {
    for (let it = 1; it <= ITERATIONS; it++) {
      const model = train(trainPart, { iterations: it, hashBits: HASH_BITS, seed: SEED, gazetteer });
      console.log(`iterations ${it}: dev ${devScore(model, dev)}`);
    }
    return;
  }
  const tokens = all.reduce((n, s) => n + s.words.length, 0);
  const started = performance.now();
  const model = train(all, { iterations: ITERATIONS, hashBits: HASH_BITS, seed: SEED, gazetteer });
  const seconds = (performance.now() - started) / 1000;
  const bytes = serializeModel(model);
  mkdirSync(join(dataDir(), 'ner'), { recursive: true });
  writeFileSync(join(dataDir(), 'ner', 'model.bin'), bytes);
  writeFileSync(join(dataDir(), GAZETTEER_FILE), serializeGazetteer(gazetteer));
  console.log(
    `trained on ${all.length} sentences, ${tokens} tokens, ${ITERATIONS} iterations in ${seconds.toFixed(1)} s;` +
      ` data/ner/model.bin ${(bytes.length / 1024).toFixed(0)} KB`,
  );
}

main();
