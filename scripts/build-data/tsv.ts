// TSV reading and deterministic writing for the data builder: rows sorted, no trailing spaces, LF endings.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Reads a TSV file with a header line into objects keyed by the header's column names.
 * Lines with another number of cells than the header are dropped: in phoenix-actors-flat.tsv one
 * pattern ("OSMAN OLCAY\t TURKEY") carries a stray tab and would shift every column.
 */
export function readTsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n');
  const columns = (header ?? '').split('\t');
  return lines
    .map((line) => line.replace(/\r$/, '').split('\t'))
    .filter((cells) => cells.length === columns.length)
    .map((cells) => Object.fromEntries(columns.map((name, i) => [name, cells[i] ?? ''])));
}

/** A cell may not hold a tab or a newline; they would break the row. */
function clean(cell: string): string {
  return cell.replace(/[\t\r\n]+/g, ' ').trim();
}

/** Writes rows under a header, deduplicated and sorted (byte order), so a rebuild gives the same bytes. */
export function writeTsv(
  path: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): number {
  const lines = [...new Set(rows.map((row) => row.map(clean).join('\t')))].sort();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, [columns.join('\t'), ...lines].join('\n') + '\n');
  return lines.length;
}
