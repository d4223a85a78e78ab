// Error analysis of the GSR coding on the DEVELOPMENT part only (the held-out part is never printed):
// per record, is the loss in the type or in the actors? `npx tsx eval/gsr-errors.ts [--list]`.
import type { Actor } from '../src/core/document.js';
import { codeSentence, gazetteerActors, loadVerbLexicon } from '../src/stages/events/index.js';
import { splitSentences } from '../src/stages/sentences/index.js';
import {
  codeRecord,
  goldCodes,
  goldType,
  gsrCode,
  isHeldOut,
  readGsr,
  scoreWithReference,
  type GsrRecord,
} from './gsr.js';

function analyse(
  r: GsrRecord,
  list: boolean,
  tally: Map<string, number>,
  confusion: Map<string, number>,
): void {
  const text = r.text ?? '';
  const lexicon = loadVerbLexicon();
  const actors = gazetteerActors(text);
  const coded = splitSentences(text).flatMap((s) => codeSentence(text, s, { lexicon, actors }));
  const type = goldType(r);
  const gs = goldCodes(r.source);
  const gt = goldCodes(r.target);
  const srcOk = (a: Actor[]): boolean => gs.length === 0 || a.some((x) => gs.includes(gsrCode(x)));
  const tgtOk = (a: Actor[]): boolean => gt.length === 0 || a.some((x) => gt.includes(gsrCode(x)));
  const typed = coded.filter((c) => c.event.type === type);
  let kind: string;
  if (coded.length === 0) kind = 'no event';
  else if (typed.length === 0) kind = 'wrong type';
  else if (typed.some((c) => srcOk(c.event.actor) && tgtOk(c.event.recipient))) kind = 'right';
  else if (!typed.some((c) => srcOk(c.event.actor))) kind = 'type ok, source wrong';
  else kind = 'type ok, target wrong';
  tally.set(kind, (tally.get(kind) ?? 0) + 1);
  const predicted = coded[0]?.event.type ?? '-';
  const key = `${type} <- ${predicted}`;
  if (predicted !== type) confusion.set(key, (confusion.get(key) ?? 0) + 1);
  if (list && kind !== 'right') {
    console.log(
      `\n[${kind}] ${r.id} gold ${type} ${gs.join('+')} -> ${gt.join('+')}  mode=${(r as { mode?: string }).mode ?? ''}`,
    );
    console.log(`  ${text}`);
    for (const c of coded)
      console.log(
        `  pred ${c.event.type} ${c.cameo ?? ''} ${c.ruleId} ${c.event.actor.map(gsrCode).join('+')} -> ${c.event.recipient.map(gsrCode).join('+')} «${text.slice(c.verb.start, c.verb.end)}»`,
      );
  }
}

const list = process.argv.includes('--list');
const dev = readGsr().filter((r) => !isHeldOut(r.id));
const tally = new Map<string, number>();
const confusion = new Map<string, number>();
const t0 = performance.now();
for (const r of dev) analyse(r, list, tally, confusion);
const ms = performance.now() - t0;
console.log(`\ndev n=${dev.length}, ${(dev.length / (ms / 1000)).toFixed(0)} sentences/s`);
console.log(
  [...tally]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k}: ${n}`)
    .join('\n'),
);
console.log('\ngold <- predicted (first event), top confusions:');
console.log(
  [...confusion]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([k, n]) => `  ${n} ${k}`)
    .join('\n'),
);
const score = scoreWithReference(dev, new Map(dev.map((r) => [r.id, codeRecord(r.text ?? '')])));
console.log(`\ndev P=${score.p} R=${score.r} F1=${score.f1} type-acc=${score.typeAcc}`);
