import type { Entity } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { Candidate } from '../actors/gazetteer/index.js';

export type EntityType = Entity['type'];

/** What found a mention: the statistical tagger, the actor gazetteer, or a title rule. */
export type MentionSource = 'tagger' | 'gazetteer';

/**
 * One name in the text. `title` mentions are not entities themselves ("Foreign Minister"); the actors
 * stage attaches them to the person they precede or follow.
 */
export interface Mention extends Span {
  type: EntityType | 'TITLE';
  /** The name as written, with glued KCNA names repaired ("Kim Jong Un", not "Kim Jong Unwas"). */
  text: string;
  /** Gazetteer candidates valid on the article's date, best first; empty when the name is unknown. */
  candidates: Candidate[];
  source: MentionSource;
}
