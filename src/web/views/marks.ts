import { navigate } from '../router.js';

/** Shared SVG plumbing of the timeline, map and network views. */

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An SVG element with attributes. Presentation goes through attributes and classes (views.css), never a
 * style attribute: the page's CSP (style-src 'self') refuses those.
 */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | null | undefined> = {},
  ...children: Array<Node | string>
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  for (const child of children) el.append(child);
  return el;
}

/**
 * Makes a mark a keyboard-reachable link: a labelled focus stop (role link) that goes to `href` on click,
 * Enter or Space. Not an SVG <a>: its href is an SVGAnimatedString, which the shell's router does not read.
 */
export function linkMark(el: SVGElement, href: string, label: string): void {
  el.setAttribute('role', 'link');
  el.setAttribute('aria-label', label);
  el.setAttribute('tabindex', '-1');
  el.setAttribute('data-href', href);
  el.classList.add('mark');
  el.append(svg('title', {}, label));
  el.addEventListener('click', () => navigate(href));
  el.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    navigate(href);
  });
}

/**
 * One tab stop for the whole chart; arrow keys move between its marks in `marks` order (the view sorts them:
 * by time, by place, by node), Home and End jump to the ends. The WAI-ARIA "roving tabindex" pattern.
 */
export function rovingFocus(chart: SVGSVGElement, marks: SVGElement[]): void {
  marks.forEach((mark, i) => mark.setAttribute('tabindex', i === 0 ? '0' : '-1'));
  chart.addEventListener('keydown', (event) => {
    const current = marks.indexOf(event.target as SVGElement);
    if (current === -1) return;
    const next = nextIndex(event.key, current, marks.length);
    if (next === null) return;
    event.preventDefault();
    marks[current]?.setAttribute('tabindex', '-1');
    marks[next]?.setAttribute('tabindex', '0');
    marks[next]?.focus();
  });
}

/** The mark an arrow key moves to, or null for any other key. */
export function nextIndex(key: string, current: number, count: number): number | null {
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(current + 1, count - 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(current - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/**
 * The views' stylesheet (views.css, copied to /assets by the build), linked once on first use so the shell's
 * app.css needs no change; a <link> to this server is what the CSP's style-src 'self' allows.
 */
export function ensureViewStyles(): void {
  if (document.querySelector('link[data-views-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/assets/views.css';
  link.setAttribute('data-views-css', '');
  document.head.append(link);
}
