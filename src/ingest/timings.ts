/** The parts of an ingest the bench tells apart (bench/ingest.ts prints them as the time split). */
export const PHASES = ['read', 'check', 'pipeline', 'store', 'report'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * Wall and CPU milliseconds per phase. CPU is this process's (every thread): exact per phase when the
 * pipeline runs in this thread, while with worker threads the workers' CPU lands in whatever phase the
 * main thread is in, so the bench reads the split from its one-core run.
 */
export type Timings = Record<Phase, { wallMs: number; cpuMs: number }>;

export const emptyTimings = (): Timings =>
  Object.fromEntries(PHASES.map((p) => [p, { wallMs: 0, cpuMs: 0 }])) as Timings;

/** Runs `work`, adding its wall and CPU time to `phase`; without timings it only awaits. */
export async function timePhase<T>(
  timings: Timings | undefined,
  phase: Phase,
  work: () => Promise<T>,
): Promise<T> {
  if (!timings) return work();
  const wall = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await work();
  } finally {
    const used = process.cpuUsage(cpu);
    timings[phase].wallMs += performance.now() - wall;
    timings[phase].cpuMs += (used.user + used.system) / 1000;
  }
}
