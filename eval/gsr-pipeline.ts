// Only the whole-pipeline rows of the GSR section, for quick checks of the document passes:
// `npx tsx eval/gsr-pipeline.ts` prints development, held-out and all.
import { pipelineRows, readGsr } from './gsr.js';

for (const row of await pipelineRows(readGsr())) console.log(`${row.name}: ${row.ours}`);
