// Rule events/statement-speaker: a statement speaks in the first person ("I express contempt for …",
// "We call on all States …"), and its lead names who speaks: "Kim Son Gyong, vice-minister … of the
// DPRK, released the following press statement on May 30:", "spokesman for the Foreign Ministry of
// the DPRK answered a question raised by KCNA", "The text of the following statement was released by
// the G7 foreign ministers of Canada, France, …". Outside quotation marks, "I", "we", "us", "our"
// and "my" in such a document are that speaker. News articles have no such lead, so their
// first-person words (inside quotes, or a reporter's "we") stay uncoded.
import type { Actor } from '../../../core/document.js';
import type { Span } from '../../../core/span.js';
import type { ActorMention } from '../coder/actors.js';
import { quotedRanges } from '../../../core/quotations.js';

export const RULE_ID = 'events/statement-speaker';

/** How far into the document a statement's lead may sit (a dateline or "Office of the Spokesperson" first). */
const LEAD_SENTENCES = 3;

/** The lead of a statement: "the following (press) statement", "answered a question", "attributable to". */
const STATEMENT_LEAD =
  /\b(?:(?:following|below)\b[^.:]{0,40}?\b(?:statement|text|remarks|press release)|(?:answered|replied to)\s+(?:a|the)\s+(?:question|query)|is\s+attributable\s+to)\b/iu;

/** "… was released by the G7 foreign ministers": the speaker follows "by". */
const PASSIVE_BY =
  /\b(?:was|were|has been)\s+(?:\w+ly\s+)?(?:released|issued|made public|published)\s+by\b/iu;

/** First-person words that stand for the speaker; "I" only as a capital, never the numeral in "Part I". */
export const FIRST_PERSON = /\b(?:I|[Ww]e|[Uu]s|[Oo]ur|[Mm]y)\b/gu;

/** Quotation marks that open or close a quoted stretch inside a statement. */
const QUOTE_MARK = /["“”]/gu;

/** The speaker's actors from the lead sentence, or [] when the document is not a statement. */
export function statementSpeaker(
  text: string,
  sentences: readonly Span[],
  mentions: readonly ActorMention[],
): Actor[] {
  for (const s of sentences.slice(0, LEAD_SENTENCES)) {
    const sentence = text.slice(s.start, s.end);
    const lead = STATEMENT_LEAD.exec(sentence);
    if (!lead) continue;
    const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const by = PASSIVE_BY.exec(sentence);
    if (by) {
      const from = s.start + by.index + by[0].length;
      return uniqueByCode(inSentence.filter((m) => m.start >= from).map((m) => m.actor));
    }
    const cueAt = s.start + lead.index;
    const before = inSentence.filter((m) => m.end <= cueAt);
    // "DPRK Foreign Minister Choe Son Hui …": the person (an actor with a sector) over the country.
    const speaker = before.find((m) => m.actor.sector) ?? before[0];
    return speaker ? [speaker.actor] : [];
  }
  return [];
}

function uniqueByCode(actors: readonly Actor[]): Actor[] {
  const seen = new Set<string>();
  return actors.filter((a) => {
    const fresh = !seen.has(a.code ?? '');
    seen.add(a.code ?? '');
    return fresh;
  });
}

/** The speaker's first-person mentions after the lead, one mention per speaker actor. */
export function firstPersonMentions(
  text: string,
  sentences: readonly Span[],
  speaker: readonly Actor[],
): ActorMention[] {
  if (speaker.length === 0) return [];
  const from = sentences[0]?.end ?? 0;
  const quoted = QUOTE_MARK.test(text) ? quotedRanges(text) : [];
  QUOTE_MARK.lastIndex = 0;
  const out: ActorMention[] = [];
  for (const m of text.slice(from).matchAll(FIRST_PERSON)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (quoted.some((q) => q.start < start && end < q.end)) continue;
    for (const actor of speaker) out.push({ start, end, actor });
  }
  return out;
}
