/** One line of the `npm run eval` table: our figure beside a baseline's, and the target it must meet. */
export interface EvalRow {
  /** What is measured, e.g. "gold: extraction checks" or "MEANTIME PER F1". */
  name: string;
  ours: string;
  baseline: string | null;
  /** The target, e.g. "≥ 0.85"; null when the line is informative only. */
  target: string | null;
  /** Whether `ours` meets the target; null when there is none. */
  pass: boolean | null;
}

/** A named group of rows; each section is computed by one module under eval/. */
export interface EvalSection {
  title: string;
  run(): Promise<EvalRow[]>;
}

export function formatTable(sections: { title: string; rows: EvalRow[] }[]): string {
  const header = ['measure', 'sitroom', 'baseline', 'target', ''];
  const lines: string[][] = [];
  for (const s of sections) {
    lines.push([`# ${s.title}`, '', '', '', '']);
    for (const r of s.rows)
      lines.push([
        r.name,
        r.ours,
        r.baseline ?? '',
        r.target ?? '',
        r.pass === null ? '' : r.pass ? 'ok' : 'MISS',
      ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const fmt = (l: string[]) =>
    l
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}
