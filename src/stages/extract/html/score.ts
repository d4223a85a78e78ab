import { BLOCK_TAGS, classId, textOf, walk, type Element } from './dom.js';

/**
 * Readability-style candidate scoring on the pruned tree: each paragraph gives points (commas,
 * length) to its parent, half to its grandparent and less further up; the best-scoring element,
 * weighted by class hints and link density, is the article container.
 */

const POSITIVE = /article|body|content|entry|main|page|post|text|story|blog|prose|rich-?text/i;
const NEGATIVE = /comment|footer|sidebar|related|promo|share|social|widget|sponsor|teaser|nav|menu|rail/i;
const MIN_PARAGRAPH = 25;
const ANCESTOR_LEVELS = 5;
const TOP_CANDIDATES = 15;
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd']);

export interface Candidate {
  el: Element;
  score: number;
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  let total = 0;
  let linked = 0;
  const stack: { el: Element; inLink: boolean }[] = [{ el, inLink: false }];
  while (stack.length > 0) {
    const { el: e, inLink } = stack.pop() as { el: Element; inLink: boolean };
    if (e.removed) continue;
    const link = inLink || e.tag === 'a';
    for (const c of e.children) {
      if (typeof c === 'string') {
        const n = c.trim().length;
        total += n;
        if (link) linked += n;
      } else stack.push({ el: c, inLink: link });
    }
  }
  return total === 0 ? 0 : linked / total;
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => typeof c !== 'string' && BLOCK_TAGS.has(c.tag) && !c.removed);
}

/** A paragraph for scoring: a <p>-like element, or a div holding text but no blocks. */
function isParagraph(el: Element): boolean {
  if (PARAGRAPH_TAGS.has(el.tag)) return el.tag !== 'td' || !hasBlockChild(el);
  return (el.tag === 'div' || el.tag === 'section' || el.tag === 'article') && !hasBlockChild(el);
}

function classWeight(el: Element): number {
  const ci = classId(el);
  if (!ci) return 0;
  return (POSITIVE.test(ci) ? 25 : 0) - (NEGATIVE.test(ci) ? 25 : 0);
}

function tagWeight(tag: string): number {
  if (tag === 'div' || tag === 'article' || tag === 'main') return 5;
  if (tag === 'pre' || tag === 'td' || tag === 'blockquote' || tag === 'section') return 3;
  if (tag === 'ol' || tag === 'ul' || tag === 'li' || tag === 'form' || tag === 'dl') return -3;
  return /^h[1-6]$/.test(tag) ? -5 : 0;
}

function paragraphScore(el: Element): number {
  const text = textOf(el, true);
  if (text.length < MIN_PARAGRAPH) return 0;
  const commas = text.split(/[,，、]/).length;
  const lengthPoints = Math.min(Math.floor(text.length / 100), 3);
  const score = commas + lengthPoints;
  return el.tag === 'li' ? score / 2 : score;
}

/** Scores every ancestor of every paragraph. */
export function scoreCandidates(root: Element): Scores {
  const scores = new Map<Element, number>();
  walk(root, (el) => {
    if (el.removed || el.tag === 'head') return false;
    if (!isParagraph(el)) {
      // Text straight inside a container (blogs separating paragraphs with <br>) scores it as
      // Readability's wrapping of such text in <p> would.
      addScore(scores, el, directTextScore(el), 0);
      return true;
    }
    addScore(scores, el.parent, paragraphScore(el), 1);
    return el.tag !== 'p';
  });
  return new Scores(scores);
}

function addScore(scores: Map<Element, number>, from: Element | null, s: number, firstLevel: number): void {
  if (s <= 0) return;
  let anc = from;
  for (let level = firstLevel - 1; anc && level < ANCESTOR_LEVELS; level++, anc = anc.parent) {
    if (!scores.has(anc)) scores.set(anc, classWeight(anc) + tagWeight(anc.tag));
    const share = level <= 0 ? s : level === 1 ? s / 2 : s / (level * 3);
    scores.set(anc, (scores.get(anc) ?? 0) + share);
  }
}

function directTextScore(el: Element): number {
  let len = 0;
  let commas = 0;
  for (const c of el.children) {
    if (typeof c !== 'string' || c.length < MIN_PARAGRAPH) continue;
    const t = c.trim();
    len += t.length;
    commas += t.split(/[,，、]/).length;
  }
  return len < MIN_PARAGRAPH ? 0 : commas + Math.min(Math.floor(len / 100), 3);
}

/** Raw paragraph scores, with the link-density-weighted score computed on demand. */
export class Scores {
  private readonly final = new Map<Element, number>();
  constructor(private readonly raw: Map<Element, number>) {}

  /** The weighted score of a scored element; null for an element no paragraph gave points to. */
  of(el: Element): number | null {
    const r = this.raw.get(el);
    if (r === undefined) return null;
    let f = this.final.get(el);
    if (f === undefined) {
      f = r * (1 - linkDensity(el));
      this.final.set(el, f);
    }
    return f;
  }

  /** The best candidates, best first (link density walks a subtree, so only top raw scores pay for it). */
  ranked(): Candidate[] {
    const raw = [...this.raw].filter(([el]) => el.tag !== '#root' && el.tag !== 'html');
    raw.sort((a, b) => b[1] - a[1]);
    return raw
      .slice(0, TOP_CANDIDATES)
      .map(([el]) => ({ el, score: this.of(el) ?? 0 }))
      .sort((a, b) => b.score - a.score);
  }
}
