/**
 * The UI's one way to make DOM: elements by name, attributes as strings, children as nodes or text.
 * Text always becomes a text node (createTextNode), never markup, so article text cannot inject HTML;
 * there is no innerHTML anywhere in src/web.
 */
export type Child = Node | string | number | null | undefined | false | Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) setAttr(el, name, value);
  append(el, children);
  return el;
}

function setAttr(el: HTMLElement, name: string, value: Attrs[string]): void {
  if (value === null || value === undefined || value === false) return;
  if (typeof value === 'function') {
    // "onclick" → addEventListener('click'): handlers are functions, never attribute strings.
    el.addEventListener(name.replace(/^on/, ''), value);
    return;
  }
  if (name === 'href' && !isSafeHref(String(value))) return;
  el.setAttribute(name, value === true ? '' : String(value));
}

/** Links go to this server's pages or to http(s) sources; a javascript: or data: URL is dropped. */
export function isSafeHref(href: string): boolean {
  if (href.startsWith('/') || href.startsWith('#') || href.startsWith('?')) return !href.startsWith('//');
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything in `el` with `children`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}
