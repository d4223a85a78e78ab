import type { Span } from '../../core/span.js';
import type { Day } from './calendar.js';

export type Precision = 'day' | 'week' | 'month' | 'year';

/**
 * Which way a bare weekday or month points. News convention (DESIGN.md §5): past unless the clause is
 * about the future ("will meet on Monday", "is set to", a planned event).
 */
export type Bias = 'past' | 'future';

/** A resolved interval of whole days, plus how TIMEX3 would write it (for the TempEval evaluation). */
export interface Resolved {
  start: Day;
  end: Day;
  precision: Precision;
  /** The TIMEX3 value: "2013-03-22", "2013-W11", "2012-12", "2012-SU", "PRESENT_REF", "19". */
  timex: string;
}

/**
 * How a mention relates to the date it is resolved from:
 * - `reference`: the publication date (or dateline day), or nothing at all for absolute dates;
 * - `offset`: "two days after <event>" — the governing clause's date is the object event's date + days;
 * - `same-day`: "the same day" — the date of the mention before it;
 * - `duration`: "over three consecutive days" — widens a day-precision date of the same clause.
 */
export type Relation =
  | { kind: 'reference' }
  | { kind: 'offset'; days: number }
  | { kind: 'same-day' }
  | { kind: 'duration'; days: number };

export interface Mention extends Span {
  text: string;
  ruleId: string;
  relation: Relation;
  /** Whether `resolve` needs a reference day at all ("March 3, 2023" does not). */
  absolute: boolean;
  /** The interval for a reference day (ignored when absolute) and bias; null when it cannot be read. */
  resolve(reference: Day, bias: Bias): Resolved | null;
}

/** One temporal-expression rule: a pattern and what a match means. */
export interface DateRule {
  id: string;
  /** Global, case-insensitive unless months must be capitalized; matched over the whole text. */
  pattern: RegExp;
  /**
   * A part that every match of `pattern` contains, with the same flags but not global: a text without it
   * is skipped without running the pattern, whose leading alternatives are tried at every word (a
   * keyword like "century" or "week" is found far faster, and most articles have none).
   */
  requires?: RegExp;
  interpret(match: RegExpExecArray, text: string): Interpretation | null;
}

/** What a rule makes of a match; `lead` drops that many characters of context off the mention's start. */
export interface Interpretation extends Omit<Mention, 'start' | 'end' | 'text' | 'ruleId'> {
  lead?: number;
}
