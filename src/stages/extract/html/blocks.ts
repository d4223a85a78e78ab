import { BLOCK_TAGS, collapse, type Element, type Node } from './dom.js';

/**
 * Text block by block: each <p>, <li>, heading, blockquote (any block element, or a <br>) ends
 * a paragraph; inline elements are joined with the page's own whitespace. Readability's
 * textContent glues adjacent blocks ("…end.Next paragraph"); this does not.
 */
export interface Block {
  text: string;
  /** The block element the text sits in (p, li, h2, div, ...). */
  tag: string;
  /** Characters of the text inside links. */
  linkChars: number;
}

type Frame = { node: Node; inLink: boolean; blockTag: string } | { exit: Element };

export function textBlocks(roots: Element[]): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let tag = 'div';
  let started = false;
  const flush = () => {
    const text = collapse(parts.join(''));
    if (text) blocks.push({ text, tag, linkChars: Math.min(linkChars, text.length) });
    parts = [];
    linkChars = 0;
    started = false;
  };
  const stack: Frame[] = [];
  for (let i = roots.length - 1; i >= 0; i--)
    stack.push({ node: roots[i] as Element, inLink: false, blockTag: 'div' });
  while (stack.length > 0) {
    const f = stack.pop() as Frame;
    if ('exit' in f) {
      flush();
      continue;
    }
    const { node, inLink, blockTag } = f;
    if (typeof node === 'string') {
      if (!started && node.trim()) {
        tag = blockTag;
        started = true;
      }
      parts.push(node);
      if (inLink) linkChars += node.trim().length;
      continue;
    }
    if (node.removed) continue;
    if (node.tag === 'br' || node.tag === 'hr') {
      flush();
      continue;
    }
    const isBlock = BLOCK_TAGS.has(node.tag);
    if (isBlock) {
      flush();
      stack.push({ exit: node });
    } else if (node.tag === 'img' || node.tag === 'td' || node.tag === 'th') parts.push(' ');
    const childBlock = isBlock ? node.tag : blockTag;
    const link = inLink || node.tag === 'a';
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i] as Node, inLink: link, blockTag: childBlock });
  }
  flush();
  return blocks;
}
