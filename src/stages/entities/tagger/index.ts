import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Span } from '../../../core/span.js';
import { dataDir } from '../../../core/paths.js';
import type { Sentence } from '../../sentences/index.js';
import type { TaggerClass } from './labels.js';
import { runsOf } from './labels.js';
import type { TaggerModel } from './model.js';
import { newScratch, tagTokens } from './model.js';
import { deserializeModel } from './model-io.js';
import { parseGazetteer } from './gazetteer.js';
import type { MentionRule } from './rules/index.js';
import { RULES } from './rules/index.js';

export type { TaggerClass } from './labels.js';
export type { TaggerModel } from './model.js';

/** A typed name found by the tagger, as a span into the text. */
export interface TaggedMention extends Span {
  type: TaggerClass;
}

/** The file `npm run train` writes; it ships with the package. */
export const MODEL_FILE = join('ner', 'model.bin');
/** The name lists the model was trained with, written by `npm run train` beside the model. */
export const GAZETTEER_FILE = join('ner', 'gazetteer.tsv');

let shipped: TaggerModel | null = null;

function readModel(path: string): TaggerModel {
  const lists = join(dirname(path), basename(GAZETTEER_FILE));
  const gazetteer = existsSync(lists) ? parseGazetteer(readFileSync(lists, 'utf8')) : null;
  return deserializeModel(readFileSync(path), gazetteer);
}

/**
 * The shipped model and its name lists (gazetteer.tsv beside the model file), read once; reading is the
 * only I/O, callers run the tagger as a pure function.
 */
export function loadTagger(path = join(dataDir(), MODEL_FILE)): TaggerModel {
  if (path !== join(dataDir(), MODEL_FILE)) return readModel(path);
  shipped ??= readModel(path);
  return shipped;
}

/**
 * Tags each sentence and returns the mentions in text order, after the document passes of rules/
 * (`rules` is for ablations in scripts/ner-dev.ts; callers keep the default).
 */
export function tagMentions(
  model: TaggerModel,
  text: string,
  sentences: readonly Sentence[],
  rules: readonly MentionRule[] = RULES,
): TaggedMention[] {
  const scratch = newScratch();
  const mentions: TaggedMention[] = [];
  for (const sentence of sentences) {
    const tags = tagTokens(model, text, sentence.tokens, scratch);
    for (const run of runsOf(tags)) {
      const first = sentence.tokens[run.start];
      const last = sentence.tokens[run.end - 1];
      if (first && last) mentions.push({ start: first.start, end: last.end, type: run.type });
    }
  }
  const ctx = { text, gazetteer: model.gazetteer };
  return rules.reduce<TaggedMention[]>((ms, rule) => rule.apply(ms, ctx), mentions);
}
