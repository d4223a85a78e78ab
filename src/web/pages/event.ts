import { h, replace } from '../dom.js';

export function renderEvent(main: HTMLElement, match: RegExpExecArray): void {
  replace(main, h('h1', {}, 'Event ' + (match.groups?.['id'] ?? '')));
}
