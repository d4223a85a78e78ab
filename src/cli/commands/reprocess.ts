import { parseArgs } from 'node:util';
import { defaultJobs, parseJobs } from './jobs.js';
import { defaultTarget } from '../../store/index.js';
import type { Command } from '../command.js';
import { EXIT, stableStringify, UsageError } from '../output.js';

const HELP = `Usage: sitroom reprocess [options]

Re-run extraction on the stored raw input of every article produced by other stage versions than the
running ones (after an upgrade), and store the new result: the article becomes "updated", its event
reports are replaced, and canonical event ids stay as they were.

Options:
  --db TARGET   SQLite file or postgres:// URL (default: $DATABASE_URL, $SITROOM_DB, sitroom.db)
  --all         re-run every article, not only the stale ones
  --jobs N      extract in N worker threads (default ${defaultJobs()}: one per core; 0 = in this thread)
  --json        print the summary as JSON
  -h, --help    show this help

Exit status: 0 done; 1 some articles failed (they keep their old extraction); 2 wrong arguments.`;

export const reprocessCommand: Command = {
  name: 'reprocess',
  summary: 'Re-extract stored articles whose stage versions changed',
  async run(argv) {
    const { values } = parse(argv);
    if (values.help) {
      console.log(HELP);
      return EXIT.ok;
    }
    const jobs = parseJobs(values.jobs);
    const [{ openStore }, { reprocess }, { stageVersions }, { formatSummary }, runners] = await Promise.all([
      import('../../store/index.js'),
      import('../../ingest/reprocess.js'),
      import('../../pipeline/stages.js'),
      import('../../ingest/progress.js'),
      import('../../ingest/pipeline-runner.js'),
    ]);
    const store = await openStore(values.db ?? defaultTarget());
    const pipeline = jobs > 0 ? runners.workerPipeline(jobs) : runners.inProcessPipeline;
    try {
      const summary = await reprocess({ store, stageVersions, pipeline, all: values.all ?? false });
      console.log(values.json ? stableStringify({ summary }) : formatSummary(summary));
      return summary.counts.failed > 0 ? EXIT.input : EXIT.ok;
    } finally {
      await pipeline.close();
      await store.close();
    }
  },
};

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        all: { type: 'boolean' },
        jobs: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
