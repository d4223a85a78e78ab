import type { Image } from '../../../core/document.js';
import { imageOf, isCreditElement } from './captions.js';
import { classId, walk, type Element } from './dom.js';

/**
 * Marks as removed what is not article text before any scoring: hidden elements, page chrome
 * (nav, aside, footer), and elements whose class or id names boilerplate (share bars, related
 * teasers, bylines, captions, comments, ads). Figures and captions become images on the way out.
 */

/** A part of a class or id (split on -, _ and camelCase) naming boilerplate. */
const NEGATIVE_PART =
  /^(?:nav|navbar|navigation|menu|menus|footer|sidebar|sidebars|rail|related|recommended|recommendations|recirc|promo|promos|promotion|share|sharing|sharebar|social|newsletter|newsletters|subscribe|subscription|signup|comment|comments|disqus|byline|bylines|author|authors|caption|captions|credit|credits|timestamp|dateline|breadcrumb|breadcrumbs|tags|tag|topics|keywords|advert|advertisement|advertising|ads|ad|dfp|sponsor|sponsored|popup|modal|overlay|cookie|cookies|consent|outbrain|taboola|widget|widgets|trending|popular|toolbar|masthead|meta|metadata|skip|banner|teaser|teasers|paywall|next|prev|pagination|pager|jump|newsfeed|ticker|kicker|eyebrow|label|playlist|video|gallery|slideshow|carousel|login|profile|bio|print|utility|utilities|tools|toolbox|hidden)$/i;
/** Whole class tokens for screen-reader and hidden helpers. */
const HIDDEN_TOKEN =
  /^(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|hide|hidden|d-none|is-hidden|u-hidden)$/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const POSITIVE_CLASS = /article|content|story|entry|main|post-?body|text/i;
const POSITIVE_PROSE = 300;
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu', 'dialog']);
const NEVER_REMOVED = new Set(['#root', 'html', 'body', 'main', 'article']);
const CAMEL = /([a-z])([A-Z])/g;

function classParts(value: string): string[] {
  return value.replace(CAMEL, '$1 $2').split(/[\s_-]+/);
}

function isHidden(el: Element): boolean {
  const a = el.attrs;
  if (a['hidden'] !== undefined || a['aria-hidden'] === 'true') return true;
  if (a['style'] && HIDDEN_STYLE.test(a['style'])) return true;
  const cls = a['class'];
  return cls ? cls.split(/\s+/).some((t) => HIDDEN_TOKEN.test(t)) : false;
}

export function hasNegativeClass(el: Element): boolean {
  const ci = classId(el);
  if (!ci) return false;
  return classParts(ci).some((p) => NEGATIVE_PART.test(p));
}

/**
 * Length of prose under each element (text runs over 20 characters outside links): how much a
 * removal would cost. Counted on runs, not <p>s, for pages whose paragraphs are bare divs.
 */
export function paragraphText(root: Element): Map<Element, number> {
  const order: Element[] = [];
  walk(root, (el) => {
    order.push(el);
  });
  const total = new Map<Element, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    const own = el.tag === 'a' ? 0 : proseRuns(el);
    const sum = (total.get(el) ?? 0) + own;
    total.set(el, sum);
    if (el.parent) total.set(el.parent, (total.get(el.parent) ?? 0) + sum);
  }
  return total;
}

const MIN_RUN = 20;

function proseRuns(el: Element): number {
  let n = 0;
  for (const c of el.children) if (typeof c === 'string' && c.length > MIN_RUN) n += c.trim().length;
  return n;
}

export interface PruneResult {
  /** Images from figures and captions, with the element they came from (to keep those in the article). */
  images: { el: Element; image: Image }[];
}

/**
 * Prunes in place. An element holding half the page's paragraph text is never removed by a class
 * rule: a story body classed "story has-comments" must survive its own class name.
 */
export function prune(root: Element, base: string | null): PruneResult {
  const ptext = paragraphText(root);
  const pageText = ptext.get(root) ?? 0;
  const protectedText = Math.max(400, pageText * 0.4);
  const images: PruneResult['images'] = [];
  walk(root, (el) => {
    if (NEVER_REMOVED.has(el.tag)) return true;
    if (el.tag === 'figure' || el.tag === 'figcaption' || isCaption(el)) {
      const cap = el.tag === 'figure' ? findCaption(el) : el;
      const image = imageOf(el, cap, base);
      if (image) images.push({ el, image });
      el.removed = (ptext.get(el) ?? 0) < protectedText;
      return !el.removed;
    }
    if (isHidden(el)) {
      el.removed = (ptext.get(el) ?? 0) < protectedText;
    } else if (CHROME_TAGS.has(el.tag) || hasNegativeClass(el)) {
      const prose = ptext.get(el) ?? 0;
      // "main-white page-block-container and-w-sidebar": a positive name with prose under it stays.
      el.removed = prose < protectedText && !(prose >= POSITIVE_PROSE && POSITIVE_CLASS.test(classId(el)));
    }
    return !el.removed;
  });
  return { images };
}

const CAPTION_CLASS =
  /(?:^|[\s_-])(?:caption|captions|wp-caption-text|image-caption|photo-caption)(?:$|[\s_-])/i;

function isCaption(el: Element): boolean {
  return CAPTION_CLASS.test(classId(el)) || (isCreditElement(el) && el.tag !== 'div');
}

function findCaption(figure: Element): Element | null {
  let found: Element | null = null;
  walk(figure, (e) => {
    if (found) return false;
    if (e !== figure && (e.tag === 'figcaption' || isCaption(e))) found = e;
    return true;
  });
  return found;
}
