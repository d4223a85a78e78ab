import type { IngestSummary } from './loop.js';
import type { ItemOutcome } from './item.js';

export interface Progress {
  tick(outcome: ItemOutcome): void;
  done(): void;
}

const BAR_WIDTH = 24;
/** Redraw at most this often: a fast run of duplicates should not spend its time writing to the terminal. */
const REDRAW_MS = 100;

/**
 * A one-line progress bar on a terminal (stderr), redrawn in place; nothing at all when stderr is a file
 * or a pipe, so logs and test output stay clean. With no known total it counts instead of filling a bar.
 */
export function progressBar(stream: NodeJS.WriteStream, total: number | null): Progress {
  if (!stream.isTTY) return { tick: () => undefined, done: () => undefined };
  const started = Date.now();
  const counts = { new: 0, duplicate: 0, updated: 0, failed: 0 };
  let items = 0;
  let drawn = 0;
  const draw = () => {
    const rate = items / Math.max((Date.now() - started) / 1000, 0.001);
    const tally = `${counts.new} new, ${counts.duplicate} dup, ${counts.updated} upd, ${counts.failed} failed`;
    const head = total ? `${bar(items / total)} ${items}/${total}` : `${items} items`;
    stream.write(`\r\x1b[2K${head}  ${tally}  ${rate.toFixed(1)}/s`);
  };
  return {
    tick(outcome) {
      items++;
      counts[outcome.status]++;
      if (Date.now() - drawn < REDRAW_MS) return;
      drawn = Date.now();
      draw();
    },
    done() {
      draw();
      stream.write('\n');
    },
  };
}

function bar(fraction: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
}

/** The plain summary printed at the end of a run. */
export function formatSummary(summary: IngestSummary): string {
  const { counts } = summary;
  const rate = summary.items / Math.max(summary.seconds, 0.001);
  const lines = [
    `${summary.items} items in ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)}/s): ` +
      `${counts.new} new, ${counts.duplicate} duplicate, ${counts.updated} updated, ${counts.failed} failed; ` +
      `${summary.events} event reports stored`,
    ...summary.failures.slice(0, 20).map((f) => `  failed ${f.source}: ${f.reason}`),
  ];
  if (summary.failures.length > 20) lines.push(`  … and ${summary.failures.length - 20} more failures`);
  return lines.join('\n');
}
