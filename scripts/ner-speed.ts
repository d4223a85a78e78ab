/**
 * `node --import tsx scripts/ner-speed.ts [rounds]`: tokens per second of the tagger alone (tagMentions:
 * decoding and document passes) on a fixed text sample, the 120 MEANTIME articles' text (read as text only,
 * nothing is scored). Sentences are split before timing. CPU time, not wall time, is reported beside wall
 * time, since the machine is shared and wall time swings with the load.
 */
import { sharedDir } from '../src/core/paths.js';
import { loadTagger, tagMentions } from '../src/stages/entities/tagger/index.js';
import { splitSentences } from '../src/stages/sentences/index.js';
import { readMeantime } from '../eval/meantime-gold.js';

const DEFAULT_ROUNDS = 5;

function main(): void {
  const rounds = Number(process.argv[2] ?? DEFAULT_ROUNDS);
  const model = loadTagger();
  const docs = readMeantime(sharedDir()).map((d) => ({ text: d.text, sentences: splitSentences(d.text) }));
  const tokens = docs.reduce((n, d) => n + d.sentences.reduce((k, s) => k + s.tokens.length, 0), 0);
  let mentions = 0;
  // One warm-up round, so the JIT has compiled the hot paths before the clock starts.
  for (const d of docs) mentions += tagMentions(model, d.text, d.sentences).length;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let r = 0; r < rounds; r++)
    for (const d of docs) mentions += tagMentions(model, d.text, d.sentences).length;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const wallSeconds = (performance.now() - wall0) / 1000;
  const total = tokens * rounds;
  console.log(
    `${docs.length} docs, ${tokens} tokens × ${rounds} rounds: ` +
      `${Math.round(total / cpuSeconds)} tokens/s CPU, ${Math.round(total / wallSeconds)} tokens/s wall, ` +
      `${((cpuSeconds * 1000) / (docs.length * rounds)).toFixed(2)} ms CPU/doc (${mentions} mentions)`,
  );
}

main();
