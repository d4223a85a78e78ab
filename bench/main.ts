import { benchApi } from './api.js';
import { benchExtract } from './extract.js';
import { benchIngest } from './ingest.js';
import { benchMetadata } from './metadata-coverage.js';
import { benchPipeline } from './pipeline.js';
import { benchUi } from './ui.js';

/** `npm run bench -- <name>`: one benchmark per name; add a line here to add one. */
const BENCHES: Record<string, () => Promise<void>> = {
  api: benchApi,
  extract: benchExtract,
  ingest: benchIngest,
  metadata: benchMetadata,
  pipeline: benchPipeline,
  ui: benchUi,
};

const name = process.argv[2] ?? '';
const bench = BENCHES[name];
if (!bench) {
  console.error(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}>`);
  process.exit(2);
}
await bench();
