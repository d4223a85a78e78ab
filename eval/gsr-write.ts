// Writes the GSR predictions `npm run eval` scores, one `{"id","events"}` line per record, so the
// reference scorer can be run on them by hand and print the same figure:
//   npx tsx eval/gsr-write.ts > /tmp/gsr.jsonl
//   node ../shared/tools/score-gsr.mjs ../shared/data/plover-gsr-cameo/PLOVER_GSR_CAMEO.json /tmp/gsr.jsonl
import { predict, readGsr } from './gsr.js';

const records = readGsr();
const predictions = predict(records);
const seen = new Set<string>();
for (const r of records) {
  if (seen.has(r.id)) continue;
  seen.add(r.id);
  process.stdout.write(JSON.stringify({ id: r.id, events: predictions.get(r.id) ?? [] }) + '\n');
}
