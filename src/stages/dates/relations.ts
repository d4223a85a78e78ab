// Dates that follow from other events: "two days after <event>", the lead's main event, and sentences
// that continue an occasion already dated.
import type { Event } from '../../core/document.js';
import type { AssignInput, Dating } from './assign.js';
import { onDay } from './intervals.js';
import { sentenceIndexAt } from './resolve.js';

/** The lead reaches this many sentences past the main event's. */
const LEAD_SENTENCES = 2;
/**
 * Between "after" and the event it names: a determiner and up to three modifiers ("two days after a
 * publicly disclosed meeting between …", "a day after the surprise visit").
 */
const OBJECT_LEAD = /^\s*(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
/** How far the lead may reach, in characters. */
const OBJECT_REACH = 48;

/**
 * "X, two days after <event Y>": X = Y + days. Whichever of the two is dated dates the other, anchored
 * on it (the seed: "met in Seoul" on Thursday, so the Putin–Choe meeting two days before is Tuesday).
 */
export function offsetDates(
  input: AssignInput,
  dates: (Dating | null)[],
  objects: Set<number>,
  text: string,
): void {
  for (const m of input.mentions) {
    if (m.relation.kind !== 'offset') continue;
    const object = input.events.findIndex(
      (e) =>
        e.evidence.start >= m.end &&
        e.evidence.start - m.end <= OBJECT_REACH &&
        OBJECT_LEAD.test(text.slice(m.end, e.evidence.start)),
    );
    const governing = lastIndex(
      input.events,
      (e) => e.evidence.end <= m.start && sentenceOf(input, e) === m.sentence,
    );
    if (object < 0 || governing < 0) continue;
    objects.add(object);
    const [g, o] = [dates[governing], dates[object]];
    if (g?.resolved.precision === 'day' && !o)
      dates[object] = {
        resolved: onDay(g.resolved.start - m.relation.days),
        text: m.text,
        anchor: `event:${governing}`,
      };
    else if (o?.resolved.precision === 'day' && !g)
      dates[governing] = {
        resolved: onDay(o.resolved.start + m.relation.days),
        text: m.text,
        anchor: `event:${object}`,
      };
  }
}

/**
 * The lead: an undated event in the main event's sentence or in the next two sentences (holding events, at most two sentences on)
 * shares its date — a news lead without a date of its own reports the article's main event ("… met in
 * Seoul" after "on Thursday pledged"). Historical mentions and "after <event>" objects are left alone.
 */
export function leadDates(
  input: AssignInput,
  dates: (Dating | null)[],
  objects: ReadonlySet<number>,
): number {
  const main = dates.findIndex(
    (d, i) => d?.resolved.precision === 'day' && d.anchor !== null && !input.events[i]?.historical,
  );
  const mainDate = dates[main];
  if (main < 0 || !mainDate) return -1;
  const mainSentence = sentenceOf(input, input.events[main]!);
  const eventSentences = [...new Set(input.events.map((e) => sentenceOf(input, e)))]
    .filter((s) => s >= mainSentence)
    .sort((a, b) => a - b);
  const lead = new Set(eventSentences.slice(0, 3).filter((s) => s <= mainSentence + LEAD_SENTENCES));
  input.events.forEach((e, i) => {
    if (dates[i] || e.historical || objects.has(i) || !lead.has(sentenceOf(input, e))) return;
    dates[i] = { ...mainDate, anchor: `event:${main}` };
  });
  return main;
}

/** "During the meeting, …", "At the strategic dialogue, …": the definite occasion is the article's main one. */
const SAME_OCCASION =
  /^(?:During|At|After|In|On the sidelines of) the (?:[\w-]+ ){0,2}?(?:meeting|talks|summit|session|visit|call|conference|dialogue|negotiations|consultations)\b/u;
/**
 * "Both sides reaffirmed …", "The two ministers agreed …": the participants of the article's main
 * occasion, told in the past, act at that occasion.
 */
const BOTH_SIDES = /^(?:Both|The two) (?:sides|leaders|ministers|foreign ministers|delegations|envoys)\b/u;
/** "Kim and Pak also condemned …": the subject's "also" continues an occasion of the same actors. */
const ALSO = /\balso\b/iu;

/**
 * Sentences that continue an occasion already dated: one opening "During the meeting" or told of
 * "both sides" takes the main event's date; an "also" sentence takes the date of the latest earlier dated event sharing an actor
 * ("Seoul and Tokyo also concurred …" after "Kim Gunn also met his Japanese counterpart … on Wednesday").
 */
export function occasionDates(
  input: AssignInput,
  dates: (Dating | null)[],
  main: number,
  text: string,
): void {
  input.events.forEach((e, i) => {
    if (dates[i] || e.historical) return;
    const sentence = input.sentences[sentenceOf(input, e)];
    if (!sentence) return;
    const opening = text.slice(sentence.start, e.evidence.start);
    const mainDate = dates[main];
    const continues =
      SAME_OCCASION.test(opening.trimStart()) ||
      (e.tense === 'past' && BOTH_SIDES.test(text.slice(sentence.start, e.evidence.end).trimStart()));
    if (main >= 0 && mainDate && continues) {
      dates[i] = { ...mainDate, anchor: `event:${main}` };
      return;
    }
    if (!ALSO.test(text.slice(sentence.start, e.evidence.end))) return;
    const codes = new Set(e.actor.map((a) => a.code).filter((c) => c !== null));
    const earlier = lastIndex(
      input.events,
      (p, j) =>
        j !== i &&
        p.evidence.start < e.evidence.start &&
        dates[j] !== null &&
        !p.historical &&
        p.actor.some((a) => a.code !== null && codes.has(a.code)),
    );
    const source = dates[earlier];
    if (earlier >= 0 && source) dates[i] = { ...source, anchor: `event:${earlier}` };
  });
}

/**
 * What the parties of the article's main meeting did, told in the past after it with no day of its
 * own ("The Russian side expressed full support …", "The foreign ministers … agreed to hold more
 * dialogues" after "talks … took place in Moscow on November 1"; "The Secretary condemned the DPRK's
 * launches" after "spoke today with"), happened at that meeting: every actor is one of its parties.
 */
export function meetingDates(input: AssignInput, dates: (Dating | null)[], main: number): void {
  const meeting = input.events[main];
  const mainDate = dates[main];
  if (!meeting || !mainDate || meeting.type !== 'CONSULT') return;
  const parties = new Set([...meeting.actor, ...meeting.recipient].map((a) => a.code));
  const ofMeeting = (actors: Event['actor']) => actors.every((a) => a.code !== null && parties.has(a.code));
  input.events.forEach((e, i) => {
    if (dates[i] || e.historical || e.tense !== 'past' || e.evidence.start < meeting.evidence.end) return;
    if (e.actor.length === 0 || !ofMeeting(e.actor)) return;
    dates[i] = { ...mainDate, anchor: `event:${main}` };
  });
}

function sentenceOf(input: AssignInput, e: Event): number {
  return sentenceIndexAt(input.sentences, e.evidence.start);
}

function lastIndex<T>(list: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!, i)) return i;
  return -1;
}
