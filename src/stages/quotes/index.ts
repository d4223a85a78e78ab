import type { Entity, Event, Quote } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { Stage } from '../../core/stage.js';
import { channelIn } from './channel.js';
import { findQuotes, paragraphs, quoteText, type QuoteSpan } from './find-quotes.js';
import { linkEvents } from './link.js';
import { ATTRIBUTION_RULES, type Attribution, type AttributionContext } from './rules/index.js';
import { mentionsOf, speakerIn, type EntityMention } from './speaker.js';

export { findQuotes, quoteText, MIN_WORDS } from './find-quotes.js';
export { channelIn } from './channel.js';
export { ATTRIBUTION_RULES, type AttributionRule } from './rules/index.js';

export interface QuotesInput {
  text: string;
  sentences: readonly Span[];
  entities: readonly Entity[];
  events: readonly Event[];
}

export interface QuotesOutput {
  quotes: Quote[];
  /** The input events; an event a quote expresses gets `quote` (its index), nothing else changes. */
  events: Event[];
  /** Which rule named each quote's speaker (null: none did), by quote index. */
  ruleIds: (string | null)[];
}

/** Quotes with speakers, channels and the events they express. */
export function resolveQuotes(input: QuotesInput): QuotesOutput {
  const { text, sentences } = input;
  // 1. The quotations themselves, and the paragraphs and mentions the attribution rules look at.
  const spans = findQuotes(text);
  const paras = paragraphs(text);
  const mentions = mentionsOf(input.entities);
  const voice = statementAuthor(text, paras, mentions);
  // 2. Attribution: the first rule that names a speaker, each quote seeing the ones before it.
  const earlier: (Attribution & { quote: QuoteSpan })[] = [];
  const attributions = spans.map((quote) => {
    const ctx = contextOf(text, quote, sentences, paras, mentions, earlier, voice);
    const found = firstAttribution(ctx);
    if (found?.speaker) earlier.push({ ...found, quote });
    return found;
  });
  const quotes = spans.map((q, i): Quote => ({
    text: quoteText(text, q),
    speaker: attributions[i]?.speaker ?? null,
    start: q.start,
    end: q.end,
    channel: attributions[i]?.channel ?? null,
  }));
  // 3. Each event points at the quote that expresses it.
  const cues = spans.map((q, i) => [q.outer, ...(attributions[i] ? [attributions[i].cue] : [])]);
  return {
    quotes,
    events: linkEvents(input.events, cues),
    ruleIds: attributions.map((a) => a?.ruleId ?? null),
  };
}

function firstAttribution(ctx: AttributionContext): Attribution | null {
  for (const rule of ATTRIBUTION_RULES) {
    const found = rule.attribute(ctx);
    if (found) return found;
  }
  return null;
}

function contextOf(
  text: string,
  quote: QuoteSpan,
  sentences: readonly Span[],
  paras: readonly Span[],
  mentions: readonly EntityMention[],
  earlier: AttributionContext['earlier'],
  voice: Attribution | null,
): AttributionContext {
  const containing = (at: number): Span | undefined => sentences.find((s) => s.start <= at && at < s.end);
  const first = containing(quote.outer.start);
  const last = containing(Math.max(quote.outer.end - 1, quote.outer.start));
  const paraIndex = paras.findIndex((p) => p.start === quote.outer.start);
  const previousParagraph = paraIndex > 0 ? (paras[paraIndex - 1] ?? null) : null;
  const introduction = previousParagraph
    ? (sentences.filter((s) => s.start >= previousParagraph.start && s.end <= previousParagraph.end).at(-1) ??
      previousParagraph)
    : null;
  return {
    text,
    quote,
    head: { start: Math.min(first?.start ?? quote.outer.start, quote.outer.start), end: quote.outer.start },
    tail: { start: quote.outer.end, end: Math.max(last?.end ?? quote.outer.end, quote.outer.end) },
    introduction,
    previousParagraph,
    mentions,
    earlier,
    voice,
  };
}

/**
 * The author of a statement printed in full: a lead paragraph that ends introducing "the following press
 * statement:" (KCNA's form) makes its subject the voice of the paragraphs after it.
 */
function statementAuthor(
  text: string,
  paras: readonly Span[],
  mentions: readonly EntityMention[],
): Attribution | null {
  const lead = paras[0];
  if (!lead) return null;
  const words = text.slice(lead.start, lead.end);
  const following = /\bthe following\b/u.exec(words);
  if (!following || !/:\s*$/u.test(words)) return null;
  const speaker = speakerIn(text, { start: lead.start, end: lead.start + following.index }, mentions);
  return speaker ? { speaker, channel: channelIn(words), ruleId: 'quotes/voice', cue: lead } : null;
}

export const quotesStage: Stage<QuotesInput, QuotesOutput> = {
  name: 'quotes',
  version: 1,
  run: (input) => resolveQuotes(input),
};
