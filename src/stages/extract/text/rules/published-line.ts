import { normalizeDate } from '../../shared/dates.js';
import type { Line, LineRule } from '../lines.js';

/**
 * A publication stamp a scraper keeps from the page header: "Published : Jan. 18, 2024 - 15:40",
 * "Updated: 2024-01-18 17:17", "Posted on 18 January 2024". The label must open the line and a full
 * date must follow it, so a sentence that merely mentions an update stays in the body.
 */
const LABEL = /^(?:published|posted|updated|last updated|first published|date)(?: on)?\s*:?\s*/i;
/** What follows the label starts as a date does: a number ("2024-01-18", "18 January") or a month and a number. */
const DATE_START = /^(?:\d|\p{L}{3,9}\.? \d)/u;

export const publishedLine: LineRule = {
  id: 'extract/published-line',
  kind: 'header',
  test: (text) => {
    if (text.length > 120 || !LABEL.test(text)) return false;
    const rest = text.replace(LABEL, '');
    return DATE_START.test(rest) && normalizeDate(rest) !== null;
  },
};

/**
 * The date printed on the first stamp line, preferring a "Published"/"Posted" stamp over an "Updated"
 * one (the story's first appearance is its publication date).
 */
export function printedDate(lines: readonly Line[]): string | null {
  const stamps = lines.filter((l) => l.ruleId === publishedLine.id).map((l) => l.text);
  const first = stamps.find((s) => !/^(?:updated|last updated)/i.test(s)) ?? stamps[0];
  return first === undefined ? null : (normalizeDate(first.replace(LABEL, ''))?.slice(0, 10) ?? null);
}
