import { Worker } from 'node:worker_threads';
import type { Document } from '../core/document.js';
import { processInput } from '../pipeline/run.js';
import type { RawInput as PipelineInput } from '../stages/extract/index.js';

/** Where the pipeline runs for the ingest loop: in this thread, or in a pool of worker threads. */
export interface PipelineRunner {
  /** Inputs worked on at once; the loop keeps a few times this many in flight (0: in this thread). */
  readonly parallelism: number;
  run(input: PipelineInput): Promise<Document>;
  close(): Promise<void>;
}

/** The pipeline in this thread: one core, no start-up cost beyond this process's own model load. */
export const inProcessPipeline: PipelineRunner = {
  parallelism: 0,
  run: (input) => processInput(input),
  close: async () => undefined,
};

/** What a worker answers for one input: the document, or the error it threw (name and message). */
export type WorkerAnswer =
  { id: number; document: Document } | { id: number; error: { name: string; message: string } };

interface Task {
  id: number;
  input: PipelineInput;
  resolve: (document: Document) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

/**
 * A pipeline worker's young generation (V8's nursery, three semi-spaces). The stages allocate many
 * short-lived strings and arrays per document; with the default (16 MB semi-spaces) a worker ran 137
 * scavenges over the bench's 413 documents, 4.0-4.4 ms of GC per document; at 192 MB, 35 scavenges,
 * 1.5-1.6 ms, and 8-10 % less CPU per document, for about 40 MB more resident memory per worker.
 */
const YOUNG_GENERATION_MB = 192;

const WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };

/** The worker script beside this file: compiled `.js` under dist/, the `.ts` source under tsx (tests). */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./pipeline-worker.js', import.meta.url), WORKER_OPTIONS);
  // A worker does not inherit tsx's loader: register it first, then load the source.
  const script = new URL('./pipeline-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(boot, { ...WORKER_OPTIONS, eval: true });
}

/** Inputs submitted per running worker before the pool starts another. */
export const INPUTS_PER_START = 8;

/**
 * The pipeline in up to `size` worker threads, one input per worker at a time (the stages are CPU-bound).
 * Workers start on demand, so a small ingest starts one; each loads its own models. A worker that
 * dies fails the input it held (the loop records it as crashed) and is replaced by the next demand.
 */
export function workerPipeline(size: number): PipelineRunner {
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 0;
  // Another worker (and its model load) only once each running one has had a few inputs: a six-file
  // ingest does not pay for a second start-up that would finish after the work does.
  const growing = () => slots.length < size && nextId >= INPUTS_PER_START * slots.length;

  const start = (): Slot => {
    const slot: Slot = { worker: startWorker(), task: null };
    slot.worker.on('message', (answer: WorkerAnswer) => {
      const task = slot.task;
      if (!task || task.id !== answer.id) return;
      slot.task = null;
      if ('document' in answer) task.resolve(answer.document);
      else task.reject(Object.assign(new Error(answer.error.message), { name: answer.error.name }));
      pump();
    });
    const lost = (why: string) => {
      slots.splice(slots.indexOf(slot), 1);
      slot.task?.reject(new Error(`pipeline worker ${why}`));
      slot.task = null;
      pump();
    };
    slot.worker.on('error', (error) => lost(`failed: ${error.message}`));
    slot.worker.on('exit', (code) => {
      if (slots.includes(slot)) lost(`exited with code ${code}`);
    });
    slots.push(slot);
    return slot;
  };

  const pump = () => {
    while (queue.length > 0) {
      const slot = slots.find((s) => s.task === null) ?? (growing() ? start() : null);
      if (!slot) return;
      const task = queue.shift() as Task;
      slot.task = task;
      slot.worker.postMessage({ id: task.id, input: task.input });
    }
  };

  return {
    parallelism: size,
    run: (input) =>
      new Promise<Document>((resolve, reject) => {
        queue.push({ id: nextId++, input, resolve, reject });
        pump();
      }),
    close: async () => {
      const closing = slots.splice(0, slots.length);
      await Promise.all(closing.map((s) => s.worker.terminate()));
    },
  };
}
