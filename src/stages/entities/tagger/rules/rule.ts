import type { TypedSpan } from '../consistency.js';
import type { Gazetteer } from '../gazetteer.js';

/** What a document-level rule sees besides the mentions: the text and the model's name lists. */
export interface RuleContext {
  text: string;
  gazetteer: Gazetteer | null;
}

/**
 * A pass over one document's mentions after decoding (index.ts runs RULES in order). A rule returns new
 * mention objects for those it changes and the same objects for the rest; it never mutates its input.
 */
export interface MentionRule {
  /** `tagger/<rule>`, for tests and reports. */
  id: string;
  apply(mentions: readonly TypedSpan[], ctx: RuleContext): TypedSpan[];
}
