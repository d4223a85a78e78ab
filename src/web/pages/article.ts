import { h, replace } from '../dom.js';

export function renderArticle(main: HTMLElement, match: RegExpExecArray): void {
  replace(main, h('h1', {}, 'Article ' + (match.groups?.['id'] ?? '')));
}
