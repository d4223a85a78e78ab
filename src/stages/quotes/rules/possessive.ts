import { speakerIn } from '../speaker.js';
import type { AttributionRule } from './rule.js';

/** Named group: the possessor of a statement noun right before the quote. */
const POSSESSOR = 'possessor';
const STATEMENT_OF =
  /(?<possessor>(?:\p{Lu}[\p{L}\p{N}.-]*\s)*\p{Lu}[\p{L}\p{N}.-]*)['’]s (?:[\p{L}-]+ ){0,2}?(?:declaration|statement|remarks?|pledge|warning|vow|call|claim|words|description|message)(?: of| that| for| as| to)?\s*$/u;

/**
 * `Kim Jong-un's public declaration of "hostile relations …"`: the possessor said it, even when a reporting
 * verb earlier in the sentence has another subject ("Kim and Pak also noted that …").
 */
export const possessive: AttributionRule = {
  id: 'quotes/possessive',
  attribute({ text, head, mentions }) {
    const m = STATEMENT_OF.exec(text.slice(head.start, head.end));
    const possessor = m?.groups?.[POSSESSOR];
    if (!m || !possessor) return null;
    const start = head.start + m.index;
    const speaker = speakerIn(text, { start, end: start + possessor.length }, mentions);
    return speaker ? { speaker, channel: null, ruleId: this.id, cue: head } : null;
  },
};
