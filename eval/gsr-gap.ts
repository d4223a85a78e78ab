// Where the whole pipeline loses GSR events the sentence coder finds: per gold record, the step of
// the events stage at which the matching event disappears (actors from the entities/actors stages
// instead of the gazetteer, nominal events, purpose infinitives, dyadic sides, merging) and how many
// predictions each step adds or removes. `npx tsx eval/gsr-gap.ts [--list]`: the tallies cover both
// halves; --list prints the lost development records only (the held-out part is never printed).
import type { Event } from '../src/core/document.js';
import { collectingContext } from '../src/core/stage.js';
import { stages } from '../src/pipeline/stages.js';
import {
  codeSentence,
  documentActors,
  loadVerbLexicon,
  type CodedEvent,
} from '../src/stages/events/index.js';
import { codeNominals } from '../src/stages/events/coder/nominal.js';
import { requireDyadicSides } from '../src/stages/events/document/dyadic-sides.js';
import { mergeRetold } from '../src/stages/events/document/merge-retold.js';
import { dropPurposeInfinitives } from '../src/stages/events/document/purpose-infinitive.js';
import { codeRecord, goldCodes, goldType, gsrCode, isHeldOut, readGsr, type GsrRecord } from './gsr.js';

/** The reference scorer's match: type, a shared source code, a shared target code when gold has one. */
function matches(r: GsrRecord, e: Event): boolean {
  const gs = goldCodes(r.source);
  const gt = goldCodes(r.target);
  return (
    e.type === goldType(r) &&
    (gs.length === 0 || e.actor.some((a) => gs.includes(gsrCode(a)))) &&
    (gt.length === 0 || e.recipient.some((a) => gt.includes(gsrCode(a))))
  );
}

const show = (e: Event): string =>
  `${e.type}/${e.mode ?? '-'} ${e.actor.map(gsrCode).join('+')}->${e.recipient.map(gsrCode).join('+')}`;

async function steps(r: GsrRecord): Promise<[string, Event[]][]> {
  const ctx = collectingContext({});
  const doc = await stages.extract.run({ text: r.text ?? '' }, ctx);
  const { sentences } = await stages.sentences.run(doc, ctx);
  const { mentions } = await stages.entities.run({ ...doc, sentences }, ctx);
  const { entities, mentionActors } = await stages.actors.run({ text: doc.text, mentions, sentences }, ctx);
  const lexicon = loadVerbLexicon();
  const actors = documentActors(doc.text, entities, mentionActors, sentences);
  const verbal = sentences.flatMap((s) => codeSentence(doc.text, s, { lexicon, actors }));
  const withNominal: CodedEvent[] = sentences.flatMap((s) => [
    ...codeSentence(doc.text, s, { lexicon, actors }),
    ...codeNominals(doc.text, s, actors),
  ]);
  const purpose = dropPurposeInfinitives(doc.text, withNominal, lexicon);
  const dyadic = requireDyadicSides(purpose, doc.text);
  const merged = mergeRetold(dyadic);
  const ev = (list: CodedEvent[]): Event[] => list.map((c) => c.event);
  return [
    ['coder+gazetteer', codeRecord(r.text ?? '')],
    ['coder+doc actors', ev(verbal)],
    ['+nominals', ev(withNominal)],
    ['-purpose inf', ev(purpose)],
    ['-dyadic sides', ev(dyadic)],
    ['-merge retold', ev(merged)],
  ];
}

const list = process.argv.includes('--list');
/** Why dyadic-sides dropped a matching event, by type (both halves, counts only). */
const reasons = new Map<string, number>();
const lost = new Map<string, number>();
const found = new Map<string, number>();
const predicted = new Map<string, number>();
for (const r of readGsr()) {
  const s = await steps(r);
  let prev = false;
  for (const [name, events] of s) {
    const ok = events.some((e) => matches(r, e));
    found.set(name, (found.get(name) ?? 0) + (ok ? 1 : 0));
    predicted.set(name, (predicted.get(name) ?? 0) + events.length);
    if (name !== s[0]?.[0] && prev && !ok) {
      const half = isHeldOut(r.id) ? 'held-out' : 'dev';
      lost.set(name, (lost.get(name) ?? 0) + 1);
      lost.set(`${name} ${half}`, (lost.get(`${name} ${half}`) ?? 0) + 1);
      if (name === '-dyadic sides') {
        const before = s[s.findIndex(([n]) => n === name) - 1]?.[1] ?? [];
        const hit = before.find((e) => matches(r, e));
        const why = !hit
          ? '?'
          : hit.actor.length === 0
            ? 'no actor'
            : hit.recipient.length === 0
              ? 'no recipient'
              : 'self recipient';
        const key = `dyadic: ${hit?.type ?? '?'} ${why}`;
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      }
      if (list && !isHeldOut(r.id)) {
        const before = s[s.findIndex(([n]) => n === name) - 1]?.[1] ?? [];
        console.log(
          `LOST at ${name}: ${r.id} gold ${r.event} ${goldCodes(r.source)}->${goldCodes(r.target)}`,
        );
        console.log(`   before: ${before.map(show).join('; ')}`);
        console.log(`   after:  ${events.map(show).join('; ')}`);
        console.log(`   ${(r.text ?? '').slice(0, 200)}`);
      }
    }
    prev = ok;
  }
}
for (const [name] of found) {
  console.log(
    `${name.padEnd(18)} found=${found.get(name)} predicted=${predicted.get(name)} lost-here=${lost.get(name) ?? 0} (dev ${lost.get(`${name} dev`) ?? 0}, held-out ${lost.get(`${name} held-out`) ?? 0})`,
  );
}
for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`${why}: ${n}`);
