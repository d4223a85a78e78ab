/**
 * A light DOM built from htmlparser2's callbacks: elements keep only the attributes the extractor
 * reads, text is a plain string child. Every traversal over it is iterative, so a page nested
 * 100,000 levels deep cannot blow the stack.
 */
export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: Element | null;
  /** Set by pruning: the element and everything under it is not article text. */
  removed: boolean;
}
export type Node = Element | string;

export interface ParsedPage {
  root: Element;
  /** Raw text of every `<script type="application/ld+json">`. */
  jsonLd: string[];
}

/** Past this depth further tags are ignored and their text goes to the deepest kept element. */
export const MAX_DEPTH = 256;

/** Elements whose content is never article text; skipped as the parser streams past them. */
export const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'textarea',
  'button',
  'input',
]);

/** Attributes the extractor reads; the rest are dropped to keep memory low on big pages. */
export const KEPT_ATTRS = new Set([
  'class',
  'id',
  'itemprop',
  'itemtype',
  'rel',
  'href',
  'src',
  'data-src',
  'srcset',
  'alt',
  'name',
  'property',
  'content',
  'datetime',
  'style',
  'hidden',
  'aria-hidden',
  'role',
  'type',
]);

export function newElement(tag: string, attrs: Record<string, string>, parent: Element | null): Element {
  return { tag, attrs, children: [], parent, removed: false };
}

/** Depth-first walk in document order without recursion; `visit` returns false to skip children. */
export function walk(root: Element, visit: (el: Element) => boolean | void): void {
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (visit(el) === false) continue;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (c !== undefined && typeof c !== 'string') stack.push(c);
    }
  }
}

/** All text under an element (removed subtrees included unless `live`), whitespace collapsed. */
export function textOf(root: Element, live = false): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (typeof n === 'string') {
      parts.push(n);
      continue;
    }
    if (live && n.removed) continue;
    if (n.tag === 'br' || BLOCK_TAGS.has(n.tag)) parts.push(' ');
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Node);
  }
  return collapse(parts.join(''));
}

const WHITESPACE = /[\s\u00a0\u200b\ufeff]+/g;
export function collapse(s: string): string {
  return s.replace(WHITESPACE, ' ').trim();
}

/** Block-level tags: each starts a new paragraph of output. */
export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'header',
  'footer',
  'nav',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'form',
  'fieldset',
  'address',
  'hr',
  'body',
  'html',
  'center',
  'details',
  'summary',
  'picture',
]);

export function classId(el: Element): string {
  const c = el.attrs['class'];
  const i = el.attrs['id'];
  return c && i ? `${c} ${i}` : (c ?? i ?? '');
}
