import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { syntheticJsonl } from '../../test/cli/synthetic-news.js';
import { processInput } from '../pipeline/run.js';
import { stageVersions } from '../pipeline/stages.js';
import type { EventStore } from '../store/index.js';
import { DIALECTS } from '../store/test-dialects.js';
import type { IngestItem, ItemOutcome } from './item.js';
import { ingestItems, type LoopOptions } from './loop.js';
import { inProcessPipeline, workerPipeline, type PipelineRunner } from './pipeline-runner.js';
import { recordLineItems } from './sources/jsonl.js';

/**
 * Twelve records with a malformed line third: the batch must keep the input order around the failure,
 * and twelve inputs are enough for a pool of two to start its second worker (INPUTS_PER_START).
 */
const RECORDS = 12;
const LINES = (() => {
  const lines = syntheticJsonl(RECORDS, 300).trim().split('\n');
  lines.splice(2, 0, '{"id": "broken", ');
  return lines;
})();

async function ingest(
  store: EventStore,
  items: AsyncIterable<IngestItem>,
  options: Partial<LoopOptions> = {},
) {
  const outcomes: ItemOutcome[] = [];
  const summary = await ingestItems(items, {
    store,
    stageVersions,
    batchSize: 4,
    ...options,
    onItem: (o) => void outcomes.push(o),
  });
  return { summary, outcomes };
}

async function* listed(items: IngestItem[]): AsyncGenerator<IngestItem> {
  yield* items;
}

/** A runner that counts its calls and throws on inputs whose title says so. */
function countingRunner(): PipelineRunner & { calls: number } {
  const runner = {
    parallelism: 0,
    calls: 0,
    run: async (input: Parameters<typeof processInput>[0]) => {
      runner.calls++;
      if (input.title?.includes('BOOM')) throw new RangeError('Maximum call stack size exceeded');
      return processInput(input);
    },
    close: async () => undefined,
  };
  return runner;
}

for (const dialect of DIALECTS) {
  describe(`ingest loop (${dialect.name})`, { skip: dialect.skip }, () => {
    test('outcomes in input order, batched, and the same with the pipeline in worker threads', async () => {
      const here = await dialect.open();
      const there = await dialect.open();
      const workers = workerPipeline(2);
      try {
        const a = await ingest(here.store, recordLineItems(LINES, 'mem'), { pipeline: inProcessPipeline });
        const b = await ingest(there.store, recordLineItems(LINES, 'mem'), { pipeline: workers });
        assert.deepEqual(
          a.outcomes.map((o) => [o.source, o.status]),
          LINES.map((_, i) => (i === 2 ? 'line:3' : `syn-${300 + i - (i > 2 ? 1 : 0)}`)).map((id) => [
            `mem#${id}`,
            id === 'line:3' ? 'failed' : 'new',
          ]),
        );
        assert.match(a.outcomes[2]?.reason ?? '', /line 3 is not JSON.*\[ingest\/bad-record\]/);
        assert.ok(a.summary.events > 0, 'events were stored');
        assert.deepEqual(b.outcomes, a.outcomes, 'workers store exactly what one thread stores');
        const events = async (store: EventStore) =>
          (await store.listEvents({}, { limit: 100 })).events.map((e) => e.id).sort();
        assert.deepEqual(await events(there.store), await events(here.store), 'the same canonical event ids');
      } finally {
        await workers.close();
        await here.cleanup();
        await there.cleanup();
      }
    });

    test('an input stored by the same stage versions is not extracted again', async () => {
      const { store, cleanup } = await dialect.open();
      try {
        await ingest(store, recordLineItems(LINES, 'mem'));
        const runner = countingRunner();
        const again = await ingest(store, recordLineItems(LINES, 'mem'), { pipeline: runner });
        assert.equal(
          runner.calls,
          0,
          'nothing is extracted again (the malformed line fails before the pipeline)',
        );
        assert.deepEqual(
          again.outcomes.filter((o) => o.status !== 'failed').map((o) => o.reason),
          Array(RECORDS).fill('ingest/seen'),
        );
      } finally {
        await cleanup();
      }
    });

    test('a pipeline crash fails its item alone; a feed with a failed item keeps no fetch state', async () => {
      const { store, cleanup } = await dialect.open();
      try {
        const items: IngestItem[] = [];
        for await (const item of recordLineItems(LINES.slice(0, 2), 'ok'))
          items.push({ ...item, group: 'ok' });
        for await (const item of recordLineItems(LINES.slice(3, 5), 'crash')) {
          if (item.kind !== 'input') continue;
          items.push({ ...item, group: 'crash', input: { ...item.input, title: 'BOOM' } });
        }
        const state = (url: string) => ({ url, etag: '"v1"', lastModified: null, bodyHash: 'h' });
        items.push({ kind: 'checkpoint', source: 'ok', group: 'ok', state: state('ok') });
        items.push({ kind: 'checkpoint', source: 'crash', group: 'crash', state: state('crash') });
        const { outcomes } = await ingest(store, listed(items), { pipeline: countingRunner() });
        assert.deepEqual(
          outcomes.map((o) => o.status),
          ['new', 'new', 'failed', 'failed'],
        );
        assert.match(outcomes[2]?.reason ?? '', /^extraction crashed: RangeError: .*\[ingest\/crashed\]$/);
        assert.notEqual(
          await store.getFetchState('ok'),
          null,
          'a feed whose items all went in is checkpointed',
        );
        assert.equal(
          await store.getFetchState('crash'),
          null,
          'a feed with a failed item is fetched afresh next time',
        );
      } finally {
        await cleanup();
      }
    });
  });
}
