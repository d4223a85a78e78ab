// Place phrases in a stretch of text: a rule's cue followed by a gazetteer name the rule accepts.
import type { Span } from '../../core/span.js';
import type { GazetteerPlace, PlaceGazetteer } from './gazetteer.js';
import type { PlaceRule } from './rules/index.js';

export interface PlaceCandidate extends Span {
  place: GazetteerPlace;
  /** Other places of the same name the rule would accept, best first (for the ambiguity message). */
  alternatives: GazetteerPlace[];
  ruleId: string;
}

/** Every place phrase inside `span`, in text order; where two rules find the same name the first one wins. */
export function placeCandidates(
  text: string,
  span: Span,
  gazetteer: PlaceGazetteer,
  rules: readonly PlaceRule[],
): PlaceCandidate[] {
  const slice = text.slice(span.start, span.end);
  const byStart = new Map<number, PlaceCandidate>();
  for (const rule of rules) {
    for (const cue of slice.matchAll(rule.cue)) {
      const at = span.start + cue.index + cue[0].length;
      if (byStart.has(at)) continue;
      const found = gazetteer.lookupAt(text, at);
      if (!found || found.end > span.end) continue;
      const [place, ...alternatives] = found.places.filter((p) => rule.accepts(p));
      if (place) byStart.set(at, { start: at, end: found.end, place, alternatives, ruleId: rule.id });
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}
