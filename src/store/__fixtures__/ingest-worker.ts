// A child ingest process for the concurrency and crash tests: ingests documents `from`..`to` into the
// store at argv[2] (a SQLite file or postgres:// URL; argv[3] is the PostgreSQL schema or "-"),
// printing one line per committed document so the parent can kill it mid-run.
import { openStore } from '../sql-store.js';
import { workerDocument } from './worker-documents.js';

const [target = '', schema = '-', from = '0', to = '0'] = process.argv.slice(2);
const store = await openStore(target, schema === '-' ? {} : { schema });
for (let n = Number(from); n < Number(to); n++) {
  const document = workerDocument(n);
  const result = await store.ingest({
    source: `worker/${n}`,
    raw: { content: document.text, contentType: 'text/plain', sourceUrl: document.url },
    document,
    stageVersions: { extract: 1 },
  });
  process.stdout.write(`${n} ${result.status}\n`);
}
await store.close();
