// Rewrites test/golden/<case>/expected.json from the current extractor; review the diff before committing.
// Usage: npm run golden:update [-- <case-name-substring> ...]
import { writeFileSync } from 'node:fs';
import { stableStringify } from '../src/cli/output.js';
import { expectedPath, goldenCases, runGolden } from '../test/golden/cases.js';

const only = process.argv.slice(2);
for (const c of goldenCases()) {
  if (only.length && !only.some((o) => c.name.includes(o))) continue;
  writeFileSync(expectedPath(c), `${stableStringify(await runGolden(c), 2)}\n`);
  console.log(`updated ${c.name}`);
}
