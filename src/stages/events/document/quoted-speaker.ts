// Rule events/quoted-speaker: in a quotation attributed in its own sentence ("\"Our military strongly
// condemns the North's launch,\" the JCS said"), the quotation's first person ("I", "we", "our",
// "my", "us") is the speaker named in the attribution, when the attribution names one actor.
import type { Span } from '../../../core/span.js';
import { groupMentions, type ActorMention } from '../coder/actors.js';
import { absorbTitles } from '../coder/titles.js';
import { FIRST_PERSON } from './speaker.js';

export const RULE_ID = 'events/quoted-speaker';

/** A quotation that opens its sentence, then its attribution: `"…," the JCS said in a text message`. */
const QUOTED =
  /^\s*[“"](?<quote>[^“”"]+)[”"]\s*,?\s*(?<attribution>[^“”"]{1,120}?)\b(?:said|says|told|stated|added|noted|stressed)\b/u;

/** First-person mentions inside attributed quotations, standing for their speaker. */
export function quotedSpeakerMentions(
  text: string,
  sentences: readonly Span[],
  mentions: readonly ActorMention[],
): ActorMention[] {
  const out: ActorMention[] = [];
  for (const s of sentences) {
    const m = QUOTED.exec(text.slice(s.start, s.end));
    const quote = m?.groups?.['quote'];
    const attribution = m?.groups?.['attribution'];
    if (!m || quote === undefined || attribution === undefined) continue;
    const quoteStart = s.start + m[0].indexOf(quote);
    const attributionStart = s.start + m[0].lastIndexOf(attribution);
    const inAttribution = mentions.filter(
      (x) => x.start >= attributionStart && x.end <= attributionStart + attribution.length,
    );
    const [speaker, ...others] = groupMentions(text, absorbTitles(text, inAttribution));
    if (!speaker || others.length > 0) continue;
    for (const w of quote.matchAll(FIRST_PERSON)) {
      const start = quoteStart + w.index;
      for (const x of speaker) out.push({ start, end: start + w[0].length, actor: x.actor });
    }
  }
  return out;
}
