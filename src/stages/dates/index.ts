// The dates stage (DESIGN.md §5): every event gets an interval, a precision and an anchor — the
// publication date (else the dateline's day), another event, or none for absolute dates; an event whose
// expression cannot be resolved stays undated with a `dates/no-anchor` message, never a guess.
import type { Document, Event } from '../../core/document.js';
import { message } from '../../core/message.js';
import type { Span } from '../../core/span.js';
import type { Stage } from '../../core/stage.js';
import { splitSentences } from '../sentences/index.js';
import { referenceOf } from './anchor.js';
import { directDates, ownMention, toEventDate, type AssignInput } from './assign.js';
import { leadDates, meetingDates, occasionDates, offsetDates } from './relations.js';
import { resolveText } from './resolve.js';
import { statementDates } from './statement.js';

export { findMentions } from './find.js';
export { resolveText, type ResolvedMention } from './resolve.js';
export { referenceOf } from './anchor.js';
export { DATE_RULES } from './rules/index.js';
export type { Bias, DateRule, Mention, Resolved } from './types.js';

export type DatesInput = Pick<
  Document,
  'text' | 'publishedAt' | 'dateline' | 'language' | 'url' | 'events'
> & {
  sentences?: readonly Span[];
};

export interface DatesOutput {
  events: Event[];
}

/** Planned and intended events read bare weekdays and months forward ("will meet on Monday"). */
const FUTURE_STATUS = new Set(['planned', 'intended']);

export const datesStage: Stage<DatesInput, DatesOutput> = {
  name: 'dates',
  version: 1,
  run(input, ctx) {
    const sentences = input.sentences ?? splitSentences(input.text);
    const reference = referenceOf(input);
    // Expressions: every temporal expression, resolved against the reference with its clause's tense.
    const mentions = resolveText(input.text, reference?.day ?? null, sentences);
    const assign: AssignInput = {
      events: input.events,
      mentions,
      sentences,
      anchor: reference?.anchor ?? null,
    };
    // Planned events: re-resolve their own expressions forward.
    const futureMentions = mentions.map((m) => ({ ...m, resolved: m.resolved }));
    input.events.forEach((e, i) => {
      const own = ownMention(assign, i);
      if (!own || !FUTURE_STATUS.has(e.status) || own.absolute || !reference) return;
      const k = mentions.indexOf(own);
      futureMentions[k] = { ...own, bias: 'future', resolved: own.resolve(reference.day, 'future') };
    });
    const withTense = { ...assign, mentions: futureMentions };
    // Direct dates, then the lead, "N days after <event>", and occasions continued in later sentences.
    const dates = directDates(withTense);
    const objects = new Set<number>();
    offsetDates(withTense, dates, objects, input.text);
    const main = leadDates(withTense, dates, objects);
    offsetDates(withTense, dates, objects, input.text);
    occasionDates(withTense, dates, main, input.text);
    meetingDates(withTense, dates, main);
    // Last, statements that name no day: a present tense speaks on the reference day.
    statementDates(withTense, dates, reference, input.text);
    // Unresolved: an own expression that needed a reference the document does not have.
    input.events.forEach((e, i) => {
      const own = ownMention(withTense, i);
      if (dates[i] || !own || own.resolved) return;
      ctx.report(
        message('warning', 'dates/no-anchor', `no date to resolve "${own.text}" against`, {
          start: own.start,
          end: own.end,
        }),
      );
    });
    return {
      events: input.events.map((e, i) => ({ ...e, date: dates[i] ? toEventDate(dates[i]) : e.date })),
    };
  },
};
