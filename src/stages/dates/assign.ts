// Giving each event the date expression of its own clause, then the dates that follow from other events.
import type { Event, EventDate } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { isoDay } from './calendar.js';
import type { ResolvedMention } from './resolve.js';
import { sentenceIndexAt } from './resolve.js';
import type { Resolved } from './types.js';

export interface Dating {
  resolved: Resolved;
  text: string;
  anchor: string | null;
}

export interface AssignInput {
  events: readonly Event[];
  mentions: readonly ResolvedMention[];
  sentences: readonly Span[];
  /** How relative expressions were resolved: 'publishedAt', 'dateline', or null (no reference). */
  anchor: string | null;
}

const inside = (m: Span, s: Span): boolean => m.start >= s.start && m.end <= s.end;
/** `a` is a narrower stretch than `b`: inside it, or outside it altogether. */
const narrower = (a: Span, b: Span): boolean => !inside(b, a) || a.end - a.start < b.end - b.start;
const distance = (m: Span, s: Span): number => Math.max(0, s.start - m.end, m.start - s.end);

/**
 * The mention of an event's sentence nearest to its evidence, skipping one that sits inside the
 * evidence of another event told inside this one or beside it ("condemned the DPRK's March 24 launch":
 * March 24 is the launch's; "noted that … during the leader's year-end party plenum": the year-end
 * dates the plenum, not the noting), and for a verbal event a year that qualifies a noun.
 */
export function ownMention(input: AssignInput, i: number): ResolvedMention | null {
  const event = input.events[i];
  if (!event) return null;
  const sentence = sentenceIndexAt(input.sentences, event.evidence.start);
  // A verbal event (one with a tense) is not dated by a year that qualifies a noun of its clause
  // ("decided to suspend the 2018 military pact"); a nominal event is ("the 2018 summit").
  const verbal = event.tense !== undefined;
  const candidates = input.mentions.filter(
    (m) =>
      m.sentence === sentence &&
      !(verbal && m.attributive) &&
      (m.relation.kind === 'reference' || m.relation.kind === 'same-day') &&
      !input.events.some((e, j) => j !== i && inside(m, e.evidence) && narrower(e.evidence, event.evidence)),
  );
  candidates.sort((a, b) => distance(a, event.evidence) - distance(b, event.evidence));
  return candidates[0] ?? null;
}

/** "over three consecutive days" in the same sentence widens a day into the days ending on it. */
export function widen(resolved: Resolved, mentions: readonly ResolvedMention[], sentence: number): Resolved {
  const span = mentions.find((m) => m.sentence === sentence && m.relation.kind === 'duration');
  if (resolved.precision !== 'day' || span?.relation.kind !== 'duration') return resolved;
  return { ...resolved, start: resolved.end - (span.relation.days - 1) };
}

/** Direct dates: each event's own expression, resolved against the reference (or absolute). */
export function directDates(input: AssignInput): (Dating | null)[] {
  return input.events.map((event, i) => {
    const m = ownMention(input, i);
    if (!m?.resolved) return null;
    const resolved = widen(m.resolved, input.mentions, m.sentence);
    return { resolved, text: m.text, anchor: m.absolute ? null : input.anchor };
  });
}

export function toEventDate(d: Dating): EventDate {
  return {
    start: isoDay(d.resolved.start),
    end: isoDay(d.resolved.end),
    text: d.text,
    precision: d.resolved.precision,
    anchor: d.anchor,
  };
}
