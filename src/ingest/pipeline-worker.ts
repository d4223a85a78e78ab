import { parentPort } from 'node:worker_threads';
import { processInput } from '../pipeline/run.js';
import type { RawInput as PipelineInput } from '../stages/extract/index.js';
import type { WorkerAnswer } from './pipeline-runner.js';

/** A pipeline worker (pipeline-runner.ts): one input in, its Document (or the error it threw) out. */
parentPort?.on('message', async ({ id, input }: { id: number; input: PipelineInput }) => {
  let answer: WorkerAnswer;
  try {
    answer = { id, document: await processInput(input) };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    answer = { id, error: { name, message } };
  }
  parentPort?.postMessage(answer);
});
