/**
 * MEANTIME named entities: our tagger beside compromise's people / places / organizations, entity-level
 * precision, recall and F1 per class with exact span match (a prediction counts only if its start, end and
 * class equal a gold name's). How MEANTIME's mention extents become names: meantime-gold.ts.
 * Both systems read the same rebuilt text; MISC / NORP predictions and nationality adjectives are not scored.
 *
 * Conventions compared, as the MEANTIME annotations show them (guidelines: NWR-2014-2-2, cited in its README),
 * against CoNLL-2003 and OntoNotes, which our training data follow; where they differ the mapping is left as it
 * is and the difference is counted against us:
 *   - titles, determiners and the possessive 's are outside the name in both (meantime-gold.ts cuts them);
 *   - nominal and pronominal mentions are not names in either, so they are not scored;
 *   - nationality adjectives are NORP/MISC for us and CoNLL, LOC-typed mentions in MEANTIME: not scored;
 *   - a maker's name before a model ("Airbus A380", "Boeing 787") is part of a product name in MEANTIME (PRO)
 *     and in OntoNotes (PRODUCT); we follow that (tagger/model-designation), so no ORG is predicted there;
 *   - the EU and other unions of states are LOC in MEANTIME (as in ACE's GPE), ORG in CoNLL and for us
 *     (an IGO actor): not remapped, counted as ORG false positives and LOC misses;
 *   - a country premodifying a body ("US Air Force", "US Treasury") is a LOC mention of its own plus the
 *     body in MEANTIME, one ORG in CoNLL and for us: not remapped.
 * Error lists by class for reading: `node --import tsx eval/meantime-errors.ts PER` (nothing there feeds a rule,
 * a list or a setting; MEANTIME stays evaluation only).
 */
import nlp from 'compromise';
import { sharedDir } from '../src/core/paths.js';
import { splitSentences } from '../src/stages/sentences/index.js';
import { loadTagger, tagMentions } from '../src/stages/entities/tagger/index.js';
import type { Counts } from '../src/stages/entities/tagger/score.js';
import { prf } from '../src/stages/entities/tagger/score.js';
import type { GoldClass, GoldDoc, GoldMention } from './meantime-gold.js';
import { readDemonyms, readMeantime } from './meantime-gold.js';
import type { EvalRow, EvalSection } from './table.js';

const CLASSES: GoldClass[] = ['PER', 'ORG', 'LOC'];
const TARGETS: Record<GoldClass, number> = { PER: 0.85, ORG: 0.75, LOC: 0.75 };

type System = (text: string) => GoldMention[];

export const ours: System = (text) => {
  const model = loadTagger();
  return tagMentions(model, text, splitSentences(text)).flatMap((m) =>
    m.type === 'MISC' ? [] : [{ start: m.start, end: m.end, type: m.type }],
  );
};

/**
 * compromise's spans carry what its terms carry ("Washington." with the period, "Chrysler's"): trim
 * surrounding punctuation, a possessive and a leading "the" so that only the name is compared.
 */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  const lead = /^(?:[\s"'“‘(]|the\s)/i;
  while (s < e && lead.test(text.slice(s, e))) s += /^the\s/i.test(text.slice(s, e)) ? 4 : 1;
  for (;;) {
    const tail = /(?:['’]s|['’]|[\s.,;:!?"”)])$/.exec(text.slice(s, e));
    if (!tail || e - tail[0].length <= s) break;
    e -= tail[0].length;
  }
  return [s, e];
}

export const compromiseBaseline: System = (text) => {
  const doc = nlp(text);
  const out: GoldMention[] = [];
  const groups: [GoldClass, { json(options: object): unknown }][] = [
    ['PER', doc.people()],
    ['ORG', doc.organizations()],
    ['LOC', doc.places()],
  ];
  for (const [type, view] of groups) {
    for (const m of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
      const [start, end] = trimSpan(text, m.offset.start, m.offset.start + m.offset.length);
      if (end > start) out.push({ start, end, type });
    }
  }
  return out;
};

type Tally = Record<GoldClass, Counts>;

/**
 * Adds one document to the tally. Predictions after the annotated part are not scored, nor LOC
 * predictions that are nationality adjectives (NORP in our scheme, see meantime-gold.ts).
 */
export function score(
  doc: GoldDoc,
  predicted: GoldMention[],
  demonyms: ReadonlySet<string>,
  into: Tally,
): void {
  const key = (m: GoldMention): string => `${m.start}:${m.end}:${m.type}`;
  const gold = new Set(doc.mentions.map(key));
  const kept = predicted.filter(
    (m) => m.end <= doc.annotatedEnd && !(m.type === 'LOC' && demonyms.has(doc.text.slice(m.start, m.end))),
  );
  const pred = new Set(kept.map(key));
  for (const k of pred) into[k.split(':')[2] as GoldClass][gold.has(k) ? 'tp' : 'fp']++;
  for (const m of doc.mentions) if (!pred.has(key(m))) into[m.type].fn++;
}

const emptyTally = (): Tally => ({
  PER: { tp: 0, fp: 0, fn: 0 },
  ORG: { tp: 0, fp: 0, fn: 0 },
  LOC: { tp: 0, fp: 0, fn: 0 },
});

function run(
  system: System,
  docs: GoldDoc[],
  demonyms: ReadonlySet<string>,
): { tally: Tally; seconds: number } {
  const tally = emptyTally();
  let seconds = 0;
  for (const doc of docs) {
    const started = performance.now();
    const predicted = system(doc.text);
    seconds += (performance.now() - started) / 1000;
    score(doc, predicted, demonyms, tally);
  }
  return { tally, seconds };
}

const cell = (c: Counts): string => {
  const { p, r, f1 } = prf(c);
  return `P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${f1.toFixed(3)}`;
};

export async function meantimeRows(): Promise<EvalRow[]> {
  const docs = readMeantime(sharedDir());
  const demonyms = readDemonyms(sharedDir());
  loadTagger(); // read the model before timing
  const mine = run(ours, docs, demonyms);
  const base = run(compromiseBaseline, docs, demonyms);
  const tokens = docs.reduce((n, d) => n + d.tokenCount, 0);
  const rows: EvalRow[] = CLASSES.map((c) => ({
    name: `MEANTIME ${c} (${docs.length} articles, exact span)`,
    ours: cell(mine.tally[c]),
    baseline: cell(base.tally[c]),
    target: `F1 ≥ ${TARGETS[c]}`,
    pass: prf(mine.tally[c]).f1 >= TARGETS[c] && prf(mine.tally[c]).f1 > prf(base.tally[c]).f1,
  }));
  rows.push({
    name: 'MEANTIME tokens/s (split + tag)',
    ours: `${Math.round(tokens / mine.seconds)}`,
    baseline: `${Math.round(tokens / base.seconds)}`,
    target: null,
    pass: null,
  });
  return rows;
}

export const meantimeSection: EvalSection = { title: 'Named entities (MEANTIME)', run: meantimeRows };
