// Compiles the CAMEO verb dictionary (PETRARCH2's CAMEO.2.0.txt, MIT) and the CAMEO → PLOVER table
// (CC BY-SA 4.0) into data/events/verbs.json: synonym sets, verb forms by block, patterns reduced to
// the word sequences a shallow matcher can check, and each CAMEO code's PLOVER type, mode and context.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseVerbDictionary, type VerbDictionary } from '../../src/stages/events/dictionary/parse-verbs.js';
import { parseCameoPlover, type PloverCoding } from '../../src/stages/events/dictionary/cameo-plover.js';

export interface CompiledVerbs extends VerbDictionary {
  plover: Record<string, PloverCoding>;
}

/** Reads both sources from ../shared/data; the same parser also reads PETRARCH's validation verbs. */
export function compileVerbs(sharedData: string): CompiledVerbs {
  const dictionary = parseVerbDictionary(
    readFileSync(join(sharedData, 'cameo-verbs', 'CAMEO.2.0.txt'), 'latin1'),
  );
  const plover = parseCameoPlover(
    readFileSync(join(sharedData, 'plover-gsr-cameo', 'CAMEO2PLOVER-2021.txt'), 'utf8'),
  );
  return { ...dictionary, plover };
}

const SOURCE_NOTE = `# data/events

\`verbs.json\` is built by \`npm run data\` (scripts/build-data/cameo-verbs.ts) from two files in ../shared/data:

- \`cameo-verbs/CAMEO.2.0.txt\`: the CAMEO verb pattern dictionary of PETRARCH2 (openeventdata/petrarch2,
  commit 676801cd9cb2924bbbad09f86d15c9323e7097bf). MIT License, Copyright (c) 2015 Open Event Data Alliance;
  the license text is in \`LICENSE-cameo-verbs\` beside this note.
- \`plover-gsr-cameo/CAMEO2PLOVER-2021.txt\`: the CAMEO → PLOVER conversion table of the PLOVER manual,
  draft 0.8 (openeventdata/PLOVER, edited by Philip Schrodt). Creative Commons Attribution-ShareAlike 4.0
  International; Open Event Data Alliance. The \`plover\` table of \`verbs.json\` is derived from it and is
  shared under the same license.

What is kept: synonym sets with their generated plurals; every verb form (regular forms generated as
PETRARCH does, irregular ones as listed); each pattern's words before and after the verb in order, with
phrase braces and prepositional parentheses flattened and actor slots dropped; the first CAMEO code of a
pattern (\`[042:043]\` → 042, \`[:173]\` → 173), null for \`[---]\`. Transformations (\`~\` lines) are not kept.
`;

export function writeVerbs(sharedData: string, outDir: string): number {
  const compiled = compileVerbs(sharedData);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'verbs.json'), JSON.stringify(compiled) + '\n');
  writeFileSync(join(outDir, 'SOURCE.md'), SOURCE_NOTE);
  writeFileSync(
    join(outDir, 'LICENSE-cameo-verbs'),
    readFileSync(join(sharedData, 'cameo-verbs', 'LICENSE')),
  );
  return Object.values(compiled.patterns).reduce((n, list) => n + list.length, 0);
}
