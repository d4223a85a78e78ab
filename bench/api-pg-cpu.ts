import { readFileSync } from 'node:fs';
import type pg from 'pg';

/** Linux counts process CPU in clock ticks of 1/100 s (`getconf CLK_TCK`). */
const MS_PER_TICK = 10;

/**
 * CPU time of the PostgreSQL backends serving `database`, per backend pid, read from /proc: on
 * PostgreSQL the queries run there, not in the server process, so the server's CPU per request alone
 * would flatter it beside SQLite. Only meaningful when PostgreSQL runs on this machine; empty otherwise.
 */
export async function backendCpu(admin: pg.Client, database: string): Promise<Map<number, number>> {
  const { rows } = await admin.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
    [database],
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      // After the command name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK);
    } catch {
      // The backend ended, or PostgreSQL runs elsewhere: nothing to count.
    }
  }
  return cpu;
}

/** Milliseconds of backend CPU between two samples (a backend that started in between counts whole). */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, total] of after) ms += total - (before.get(pid) ?? 0);
  return ms;
}
