/** The scraped-text extractor's working model: the input's lines, each with what a rule made of it. */

/** What a line turned out to be; only `body` lines reach the article text. */
export type LineKind =
  'body' | 'blank' | 'title' | 'boilerplate' | 'header' | 'byline' | 'caption' | 'end-mark' | 'stray';

export interface Line {
  text: string;
  kind: LineKind;
  /** The rule that classified the line (`extract/...`), null for body and blank lines. */
  ruleId: string | null;
}

/** The line a rule sees, with the nearest classified neighbour on the side the walk came from. */
export interface LineContext {
  /** The last line classified before this one in the walk (above for the lead, below for the tail). */
  previous: Line | null;
  /** Every line, for rules that need the whole text (the script of the body). */
  lines: readonly Line[];
}

/** One line-classifying rule: a rule id, the kind it assigns and its test. */
export interface LineRule {
  id: string;
  kind: Exclude<LineKind, 'body' | 'blank'>;
  test(text: string, context: LineContext): boolean;
}

/** Runs of spaces, tabs and no-break spaces, collapsed to one space. */
const SPACE_RUN = /[ \t\u00a0]+/g;
/**
 * Whether a line has a run to collapse: every single space is a match of SPACE_RUN, so replacing in a
 * line that has none rebuilt it word by word for the same text.
 */
const COLLAPSIBLE = /[\t\u00a0]| {2}/;

export function splitLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((raw) => {
      const t = (COLLAPSIBLE.test(raw) ? raw.replace(SPACE_RUN, ' ') : raw).trim();
      return { text: t, kind: t === '' ? 'blank' : 'body', ruleId: null };
    });
}

/** Marks a line as classified by a rule (lines are the extractor's own working copies). */
export function classify(line: Line, rule: Pick<LineRule, 'id' | 'kind'>): void {
  line.kind = rule.kind;
  line.ruleId = rule.id;
}

export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Ends as a sentence does: ". ! ?" possibly inside closing quotes or brackets. */
export const endsAsSentence = (s: string): boolean => /[.!?…]["'”’)\]]*$/.test(s);

/** A short title-case line with no sentence ending: a label, a place, a venue. */
export function isTitleCaseLabel(s: string, maxWords: number): boolean {
  const words = s.split(/\s+/);
  if (words.length === 0 || words.length > maxWords || endsAsSentence(s)) return false;
  return words.every((w) => /^[\p{Lu}\d"'“‘(]/u.test(w) || /^(?:of|for|and|the|on|in|at|to|de|&)$/.test(w));
}
