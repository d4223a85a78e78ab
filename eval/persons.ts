/**
 * Persons in the gold documents: persons F1 exactly as ../shared/tools/score.mjs counts it (the scorer
 * itself reads our entities), the share of gold persons whose predicted entity carries the gold code and
 * sector, and the seed page's seven people. Baseline: compromise's people out of the box on the same
 * clean text. Only the stages up to actors run, so later stages' work cannot move these figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import type { Entity } from '../src/core/document.js';
import { sharedDir } from '../src/core/paths.js';
import { collectingContext } from '../src/core/stage.js';
import { actorsStage } from '../src/stages/actors/index.js';
import { entitiesStage } from '../src/stages/entities/index.js';
import { extractStage } from '../src/stages/extract/index.js';
import { sentencesStage } from '../src/stages/sentences/index.js';
import { goldCases, type GoldCase } from './gold-inputs.js';
import type { EvalRow, EvalSection } from './table.js';

const SEED_DOC = 'data/seed/000_9d94f2f1227101d4.txt';
const PERSONS_F1 = /persons F1=(?<f1>\S+)/;

interface GoldPerson {
  name: string;
  type: string;
  aliases?: string[];
  optional?: boolean;
  actor?: { code?: string | null; sector?: string | null };
}

/** score.mjs's name folding and matching: same name or alias, or a one-word gold name ending a full name. */
const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const nameKey = (s: string): string => norm(s).replace(/[-.'\s]+/g, '');
function sameAs(g: GoldPerson, name: string): boolean {
  return [g.name, ...(g.aliases ?? [])].some(
    (a) =>
      nameKey(a) === nameKey(name) ||
      (!norm(a).includes(' ') && nameKey(name.split(' ').at(-1) ?? '') === nameKey(a)),
  );
}

async function entitiesOf(c: GoldCase): Promise<{ text: string; entities: Entity[] }> {
  const ctx = collectingContext({ now: new Date('2026-01-01T00:00:00Z') });
  const doc = await extractStage.run(c.input, ctx);
  const { sentences } = await sentencesStage.run(doc, ctx);
  const { mentions } = await entitiesStage.run({ ...doc, sentences }, ctx);
  const { entities } = await actorsStage.run({ text: doc.text, mentions, sentences }, ctx);
  return { text: doc.text, entities };
}

function compromisePeople(text: string): Entity[] {
  const names = nlp(text).people().out('array') as string[];
  return names.map((name) => ({
    name: name.replace(/['’]s$|[.,;:]$/u, ''),
    type: 'PERSON',
    actor: null,
    role: null,
    mentions: [],
  }));
}

/** persons F1 from the reference scorer over prediction files holding only entities. */
function scorePersons(
  shared: string,
  dir: string,
  cases: GoldCase[],
  preds: Entity[][],
  tag: string,
): number | null {
  const scorer = join(shared, 'tools', 'score.mjs');
  if (!existsSync(scorer)) return null;
  const args = cases.flatMap((c, i) => {
    const path = join(dir, `${tag}-${i}.json`);
    writeFileSync(path, JSON.stringify({ entities: preds[i] ?? [] }));
    return [c.goldPath, path];
  });
  const run = spawnSync(process.execPath, [scorer, ...args], { encoding: 'utf8' });
  const f1 = PERSONS_F1.exec(run.stdout)?.groups?.f1;
  return f1 === undefined ? null : Number(f1);
}

/** Gold persons (not optional) whose matching predicted PERSON has the gold code and sector. */
function codedRight(golds: GoldPerson[], entities: Entity[]): [right: number, total: number] {
  const persons = golds.filter((g) => g.type === 'PERSON' && !g.optional);
  const right = persons.filter((g) => {
    const e = entities.find((p) => p.type === 'PERSON' && sameAs(g, p.name));
    return e?.actor?.code === (g.actor?.code ?? null) && e?.actor?.sector === (g.actor?.sector ?? null);
  });
  return [right.length, persons.length];
}

const row = (
  name: string,
  ours: string,
  baseline: string | null,
  target: string | null,
  pass: boolean | null,
): EvalRow => ({
  name,
  ours,
  baseline,
  target,
  pass,
});

export const personsSection: EvalSection = {
  title:
    'persons in the gold documents (sentences → entities → actors; persons F1 by ../shared/tools/score.mjs)',
  async run() {
    const shared = sharedDir();
    const cases = goldCases(join(shared, 'gold'), shared);
    const ours: Entity[][] = [];
    const base: Entity[][] = [];
    for (const c of cases) {
      const { text, entities } = await entitiesOf(c);
      ours.push(entities);
      base.push(compromisePeople(text));
    }
    const dir = mkdtempSync(join(tmpdir(), 'sitroom-persons-'));
    try {
      const f1 = scorePersons(shared, dir, cases, ours, 'ours');
      const f1Base = scorePersons(shared, dir, cases, base, 'base');
      const golds = cases.map(
        (c) => (JSON.parse(readFileSync(c.goldPath, 'utf8')) as { entities?: GoldPerson[] }).entities ?? [],
      );
      const counts = cases.map((_, i) => codedRight(golds[i] ?? [], ours[i] ?? []));
      const right = counts.reduce((n, [r]) => n + r, 0);
      const total = counts.reduce((n, [, t]) => n + t, 0);
      const seedAt = cases.findIndex((c) => c.doc === SEED_DOC);
      const [seedRight, seedTotal] = counts[seedAt] ?? [0, 0];
      const rows = [
        row(
          `all ${cases.length}: persons F1`,
          f1?.toFixed(3) ?? '-',
          f1Base?.toFixed(3) ?? null,
          '≥ 0.95',
          f1 === null ? null : f1 >= 0.95,
        ),
        row(
          `all ${cases.length}: gold persons with code and sector right`,
          `${right}/${total}`,
          null,
          null,
          null,
        ),
      ];
      if (seedAt >= 0)
        rows.push(
          row(
            'seed: persons with the right code and sector',
            `${seedRight}/${seedTotal}`,
            null,
            '7/7',
            seedTotal > 0 && seedRight === seedTotal,
          ),
        );
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
