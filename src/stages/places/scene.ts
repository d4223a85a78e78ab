// Which of a sentence's place phrases is the scene of one event (not every place the sentence names).
import { overlaps, type Span } from '../../core/span.js';
import type { PlaceCandidate } from './candidates.js';

/** How far outside its evidence a place phrase may stand and still belong to the event's clause. */
const MAX_GAP_AFTER = 80;
const MAX_GAP_BEFORE = 60;
const CLAUSE_BREAK = /[,;:—]/u;

const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/**
 * The candidate for the event whose evidence is `evidence`: one inside the evidence first, else the nearest
 * one just after or before it. A phrase inside another event's narrower evidence belongs to that event:
 * in "met in Seoul, two days after a … meeting between Putin and the North Korean foreign minister in Moscow",
 * Moscow is the other meeting's place, whichever of the two evidence spans is wider.
 */
export function sceneOf(
  text: string,
  evidence: Span,
  candidates: readonly PlaceCandidate[],
  otherEvidence: readonly Span[],
): PlaceCandidate | null {
  const narrower = otherEvidence.filter(
    (o) => !inside(evidence, o) && !(o.start === evidence.start && o.end === evidence.end),
  );
  const own = candidates.filter((c) => !narrower.some((o) => inside(c, o) && inside(o, evidence)));
  // "fired around 350 shells toward the inter-Korean" + "western maritime border": a name the evidence cuts.
  const within = own.find((c) => inside(c, evidence)) ?? own.find((c) => overlaps(c, evidence));
  if (within) return within;
  let best: { candidate: PlaceCandidate; gap: number } | null = null;
  for (const c of own) {
    const gap = c.start >= evidence.end ? c.start - evidence.end : evidence.start - c.end;
    const after = c.start >= evidence.end;
    const limit = after ? MAX_GAP_AFTER : MAX_GAP_BEFORE;
    // A phrase on the far side of another event's evidence is that event's.
    const between: Span =
      c.start >= evidence.end ? { start: evidence.end, end: c.start } : { start: c.end, end: evidence.start };
    if (gap < 0 || gap > limit || narrower.some((o) => overlaps(o, between) && !overlaps(o, evidence))) {
      continue;
    }
    // After the evidence a comma opens another clause: "a test … on Sunday, the same day Choe arrived in
    // Russia". Before it, "In Moscow, Putin met Choe" is the usual fronted place.
    if (after && CLAUSE_BREAK.test(text.slice(between.start, between.end))) continue;
    if (!best || gap < best.gap) best = { candidate: c, gap };
  }
  return best?.candidate ?? null;
}
