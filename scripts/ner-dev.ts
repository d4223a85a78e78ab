/**
 * `node --import tsx scripts/ner-dev.ts [--errors PER]`: trains on the training part only and scores the
 * held-out dev part (GUM dev + wikigold's tail) through the whole tagger (tagMentions: decoding, title
 * trimming, document passes), per class, entity level, exact span. `--errors CLASS` lists that class's false
 * positives and misses. This is where settings and rules are checked; MEANTIME is never read here.
 * `--save FILE` keeps the dev model, `--load FILE` scores a kept one (rule experiments without retraining);
 * `--without RULE_ID` (repeatable) leaves a document pass out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deserializeModel, serializeModel } from '../src/stages/entities/tagger/model-io.js';
import { RULES } from '../src/stages/entities/tagger/rules/index.js';
import { CLASSES } from '../src/stages/entities/tagger/labels.js';
import type { TaggerClass } from '../src/stages/entities/tagger/labels.js';
import { runsOf } from '../src/stages/entities/tagger/labels.js';
import { tagMentions } from '../src/stages/entities/tagger/index.js';
import type { TaggerModel } from '../src/stages/entities/tagger/model.js';
import type { Counts } from '../src/stages/entities/tagger/score.js';
import { emptyCounts, prf } from '../src/stages/entities/tagger/score.js';
import type { TaggedSentence } from '../src/stages/entities/tagger/train.js';
import { train } from '../src/stages/entities/tagger/train.js';
import type { Sentence } from '../src/stages/sentences/index.js';
import { corpora, devDocuments } from './ner-corpora.js';
import { buildGazetteer } from './ner-gazetteer.js';
import { sharedDir } from '../src/core/paths.js';
import { TRAIN_SETTINGS } from './train-settings.js';

interface Mention {
  start: number;
  end: number;
  type: TaggerClass;
}

/** Joins a document's tokens with spaces; returns its text, sentences and gold mentions as spans. */
function rebuild(doc: readonly TaggedSentence[]): { text: string; sentences: Sentence[]; gold: Mention[] } {
  let text = '';
  const sentences: Sentence[] = [];
  const gold: Mention[] = [];
  for (const s of doc) {
    const tokens = s.words.map((w) => {
      if (text) text += ' ';
      const start = text.length;
      text += w;
      return { start, end: text.length };
    });
    sentences.push({ start: tokens[0]!.start, end: tokens.at(-1)!.end, tokens });
    for (const r of runsOf(s.tags))
      gold.push({ start: tokens[r.start]!.start, end: tokens[r.end - 1]!.end, type: r.type });
  }
  return { text, sentences, gold };
}

function score(
  model: TaggerModel,
  docs: TaggedSentence[][],
  errors: string | undefined,
): Record<TaggerClass, Counts> {
  const counts = emptyCounts();
  const without = new Set(process.argv.flatMap((a, i) => (process.argv[i - 1] === '--without' ? [a] : [])));
  const rules = RULES.filter((r) => !without.has(r.id));
  const key = (m: Mention): string => `${m.start}:${m.end}:${m.type}`;
  for (const doc of docs) {
    const { text, sentences, gold } = rebuild(doc);
    const predicted = tagMentions(model, text, sentences, rules);
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    const show = (m: Mention, what: string): void => {
      if (m.type === errors)
        console.log(
          `${what} ${m.type} ${text.slice(m.start, m.end)}  | ${text.slice(Math.max(0, m.start - 40), m.end + 30).replaceAll('\n', ' ')}`,
        );
    };
    for (const m of predicted) {
      const hit = goldKeys.has(key(m));
      counts[m.type][hit ? 'tp' : 'fp']++;
      if (!hit) show(m, 'FP');
    }
    for (const m of gold) {
      if (predKeys.has(key(m))) continue;
      counts[m.type].fn++;
      show(m, 'FN');
    }
  }
  return counts;
}

function main(): void {
  const { train: trainPart, dev } = corpora();
  const option = (name: string): string | undefined => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const gazetteer = buildGazetteer(sharedDir());
  const load = option('--load');
  const model = load
    ? deserializeModel(readFileSync(load), gazetteer)
    : train(trainPart, { ...TRAIN_SETTINGS, gazetteer });
  const save = option('--save');
  if (save) writeFileSync(save, serializeModel(model));
  const counts = score(model, devDocuments(dev), option('--errors'));
  const total = Object.values(counts).reduce((a, c) => ({
    tp: a.tp + c.tp,
    fp: a.fp + c.fp,
    fn: a.fn + c.fn,
  }));
  const cell = (c: Counts): string => {
    const { p, r, f1 } = prf(c);
    return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`;
  };
  for (const c of CLASSES) console.log(`dev ${c}  ${cell(counts[c])}`);
  console.log(`dev all  ${cell(total)}`);
}

main();
