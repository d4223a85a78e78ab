import type { Actor } from '../../../core/document.js';
import type { Span } from '../../../core/span.js';
import type { QuoteSpan } from '../find-quotes.js';
import type { EntityMention } from '../speaker.js';

/** Who said a quote, how, and which words of the text say so (the cue links the quote to its event). */
export interface Attribution {
  speaker: Actor | null;
  channel: string | null;
  ruleId: string;
  cue: Span;
}

export interface AttributionContext {
  text: string;
  quote: QuoteSpan;
  /** From the start of the sentence the quote opens in to its opening mark. */
  head: Span;
  /** From the closing mark to the end of the sentence the quote closes in. */
  tail: Span;
  /** The last sentence of the paragraph before the quote's, when the quote opens its paragraph. */
  introduction: Span | null;
  /** The paragraph before the quote's, when the quote opens its paragraph. */
  previousParagraph: Span | null;
  mentions: readonly EntityMention[];
  /** Attributions of the quotes before this one whose speaker is known, in text order. */
  earlier: readonly (Attribution & { quote: QuoteSpan })[];
  /** The author of a statement printed in full ("X issued the following press statement:"). */
  voice: Attribution | null;
}

export interface AttributionRule {
  id: string;
  attribute(ctx: AttributionContext): Attribution | null;
}
