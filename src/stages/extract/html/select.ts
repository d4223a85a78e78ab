import { textOf, type Element } from './dom.js';
import { linkDensity, type Candidate, type Scores } from './score.js';

/**
 * From the ranked candidates to the article's elements: Readability's walk up to a shared
 * ancestor when several strong candidates sit under it (a story split by inline ads), then the
 * top candidate's siblings that score well or read as prose.
 */

const SHARED_ANCESTOR_MIN = 3;
const ALTERNATIVE_RATIO = 0.75;

function ancestors(el: Element): Set<Element> {
  const out = new Set<Element>();
  for (let a = el.parent; a; a = a.parent) out.add(a);
  return out;
}

function climbToSharedAncestor(top: Candidate, ranked: Candidate[]): Element {
  const strong = ranked.slice(1).filter((c) => c.score >= top.score * ALTERNATIVE_RATIO);
  const alternatives = strong.map((c) => ancestors(c.el));
  if (alternatives.length >= SHARED_ANCESTOR_MIN) {
    for (let p = top.el.parent; p && p.tag !== 'body'; p = p.parent) {
      if (alternatives.filter((a) => a.has(p)).length >= SHARED_ANCESTOR_MIN) return p;
    }
  }
  // A story in two chunks of near-equal weight (a pull quote or ad between): their common
  // ancestor, unless that is the whole page.
  const twin = strong.find((c) => !ancestors(c.el).has(top.el) && !ancestors(top.el).has(c.el));
  if (twin) {
    const mine = ancestors(top.el);
    for (let p = twin.el.parent; p; p = p.parent) {
      if (mine.has(p)) return p.tag === 'body' || p.tag === 'html' || p.tag === '#root' ? top.el : p;
    }
  }
  return top.el;
}

function climbWhileParentScoresMore(el: Element, scores: Scores): Element {
  let top = el;
  let last = scores.of(el) ?? 0;
  const floor = last / 3;
  for (let p = el.parent; p && p.tag !== 'body' && p.tag !== '#root'; p = p.parent) {
    const s = scores.of(p);
    if (s === null) continue;
    if (s < floor) break;
    if (s > last) return p;
    last = s;
  }
  // An only child says nothing its parent does not; the parent may hold the headline's siblings.
  while (top.parent && top.parent.tag !== 'body' && liveChildren(top.parent).length === 1) top = top.parent;
  return top;
}

function liveChildren(el: Element): Element[] {
  return el.children.filter((c): c is Element => typeof c !== 'string' && !c.removed);
}

function proseSibling(el: Element): boolean {
  if (el.tag !== 'p') return false;
  const text = textOf(el, true);
  const ld = linkDensity(el);
  if (text.length > 80) return ld < 0.25;
  return text.length > 0 && ld === 0 && /\.( |$)/.test(text);
}

/** The article's top-level elements in document order; empty when nothing scored. */
export function selectArticle(scores: Scores): Element[] {
  const ranked = scores.ranked();
  const first = ranked[0];
  if (!first) return [];
  const top = climbWhileParentScoresMore(climbToSharedAncestor(first, ranked), scores);
  const topScore = scores.of(top) ?? first.score;
  const threshold = Math.max(10, topScore * 0.2);
  const parent = top.parent;
  if (!parent) return [top];
  return liveChildren(parent).filter((sib) => {
    if (sib === top) return true;
    const bonus = sib.attrs['class'] && sib.attrs['class'] === top.attrs['class'] ? topScore * 0.2 : 0;
    const s = scores.of(sib);
    if (s !== null && s + bonus >= threshold) return true;
    return proseSibling(sib);
  });
}
