// `npm run eval`: one table of every evaluation, ours beside a baseline, with the targets.
import { extractionBenchmarkRows } from './extraction-benchmark.js';
import { goldSection } from './gold.js';
import { gsrSection } from './gsr.js';
import { meantimeSection } from './meantime.js';
import { personsSection } from './persons.js';
import { formatTable, type EvalSection } from './table.js';
import { tempevalSection } from './tempeval.js';

/** Each section is one module; later issues add theirs here. */
const sections: EvalSection[] = [
  goldSection,
  personsSection,
  { title: 'article extraction benchmark (181 pages, the benchmark’s metric)', run: extractionBenchmarkRows },
  meantimeSection,
  tempevalSection,
  gsrSection,
];

const results = [];
for (const s of sections) results.push({ title: s.title, rows: await s.run() });
console.log(formatTable(results));
