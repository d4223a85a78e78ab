import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { KEPT_ATTRS, MAX_DEPTH, SKIPPED, newElement, type Element, type ParsedPage } from './dom.js';

/**
 * Builds the light DOM on htmlparser2's Tokenizer (which handles raw-text tags and entities).
 * Its own Parser keeps the open-element stack with `unshift`, quadratic on a page nested
 * 100,000 levels deep (5 s); here the stack is a plain array capped at MAX_DEPTH, so the
 * build is linear in the input whatever its shape.
 */

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Tags that close an open <p> when they start (the HTML spec's "close a p element"). */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

/** For a starting tag, the open tags it implicitly ends when they are on top of the stack. */
const CLOSES_SIBLING: Record<string, ReadonlySet<string>> = {
  li: new Set(['li']),
  dt: new Set(['dt', 'dd']),
  dd: new Set(['dt', 'dd']),
  tr: new Set(['tr', 'td', 'th']),
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
  option: new Set(['option']),
};

class TreeBuilder implements TokenizerCallbacks {
  readonly root = newElement('#root', {}, null);
  readonly jsonLd: string[] = [];
  private readonly stack: Element[] = [this.root];
  private tagName = '';
  private attrs: Record<string, string> = {};
  private attrName = '';
  private attrValue = '';
  /** Tags opened past MAX_DEPTH, not in the tree; their end tags are swallowed first. */
  private overflow = 0;
  /** The skipped element we are inside (script, svg, ...) and how many of its name are open. */
  private skipTag = '';
  private skipOpen = 0;
  private ldParts: string[] | null = null;

  constructor(private readonly html: string) {}

  onopentagname(start: number, end: number): void {
    this.tagName = this.html.slice(start, end).toLowerCase();
    this.attrs = {};
  }
  onattribname(start: number, end: number): void {
    this.attrName = this.html.slice(start, end).toLowerCase();
    this.attrValue = '';
  }
  onattribdata(start: number, end: number): void {
    this.attrValue += this.html.slice(start, end);
  }
  onattribentity(codepoint: number): void {
    this.attrValue += String.fromCodePoint(codepoint);
  }
  onattribend(): void {
    if (KEPT_ATTRS.has(this.attrName) && !(this.attrName in this.attrs))
      this.attrs[this.attrName] = this.attrValue;
  }
  onopentagend(): void {
    this.open(this.tagName, this.attrs);
  }
  onselfclosingtag(): void {
    this.open(this.tagName, this.attrs);
    if (!VOID.has(this.tagName)) this.close(this.tagName);
  }
  onclosetag(start: number, end: number): void {
    this.close(this.html.slice(start, end).toLowerCase());
  }
  ontext(start: number, end: number): void {
    this.text(this.html.slice(start, end));
  }
  ontextentity(codepoint: number): void {
    this.text(String.fromCodePoint(codepoint));
  }
  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {
    if (this.ldParts) this.jsonLd.push(this.ldParts.join(''));
  }

  private get top(): Element {
    return this.stack[this.stack.length - 1] as Element;
  }

  private open(name: string, attrs: Record<string, string>): void {
    if (this.skipTag) {
      if (name === this.skipTag) this.skipOpen++;
      return;
    }
    if (SKIPPED.has(name)) {
      if (VOID.has(name)) return;
      this.skipTag = name;
      this.skipOpen = 1;
      if (name === 'script' && (attrs['type'] ?? '').toLowerCase().includes('ld+json')) this.ldParts = [];
      return;
    }
    this.closeImplied(name);
    if (this.stack.length > MAX_DEPTH) {
      if (!VOID.has(name)) this.overflow++;
      return;
    }
    const el = newElement(name, attrs, this.top);
    this.top.children.push(el);
    if (!VOID.has(name)) this.stack.push(el);
  }

  private closeImplied(name: string): void {
    if (CLOSES_P.has(name) && this.top.tag === 'p') this.stack.pop();
    const closes = CLOSES_SIBLING[name];
    while (closes && this.stack.length > 1 && closes.has(this.top.tag)) this.stack.pop();
  }

  private close(name: string): void {
    if (this.skipTag) {
      if (name === this.skipTag && --this.skipOpen === 0) this.endSkip();
      return;
    }
    if (this.overflow > 0) {
      this.overflow--;
      return;
    }
    // The stack is at most MAX_DEPTH long, so this search is bounded; a stray end tag is ignored.
    for (let i = this.stack.length - 1; i > 0; i--) {
      if (this.stack[i]?.tag === name) {
        this.stack.length = i;
        return;
      }
    }
  }

  private endSkip(): void {
    if (this.ldParts) this.jsonLd.push(this.ldParts.join(''));
    this.ldParts = null;
    this.skipTag = '';
  }

  private text(s: string): void {
    if (this.ldParts) {
      this.ldParts.push(s);
      return;
    }
    if (this.skipTag) return;
    const el = this.top;
    const last = el.children.length - 1;
    const prev = el.children[last];
    if (typeof prev === 'string') el.children[last] = prev + s;
    else el.children.push(s);
  }
}

/** Parses HTML into the light DOM. Never throws on malformed input; linear time. */
export function parseHtml(html: string): ParsedPage {
  const builder = new TreeBuilder(html);
  const tokenizer = new Tokenizer({ decodeEntities: true }, builder);
  tokenizer.write(html);
  tokenizer.end();
  return { root: builder.root, jsonLd: builder.jsonLd };
}
