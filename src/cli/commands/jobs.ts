import { availableParallelism } from 'node:os';
import { UsageError } from '../output.js';

/** Each worker holds its own models (~350 MB resident), so the default stops at this many. */
const MAX_DEFAULT_JOBS = 8;

/**
 * Pipeline worker threads by default: one per core when there are several (the pipeline is CPU-bound
 * and each document is independent; the main thread reads and stores), none on one core, where a
 * worker would only add its start-up and the copying of each document.
 */
export function defaultJobs(): number {
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, MAX_DEFAULT_JOBS) : 0;
}

/** `--jobs N` for ingest and reprocess: a whole number from 0 (in this thread) up. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const jobs = Number(value);
  if (!Number.isSafeInteger(jobs) || jobs < 0 || value.trim() === '')
    throw new UsageError(`--jobs wants a whole number of worker threads (0 = none), got "${value}"`);
  return jobs;
}
