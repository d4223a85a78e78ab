import { ApiRequestError } from '../api.js';
import { h } from '../dom.js';

/** A failed load, said in words (the API's own message names the bad parameter). */
export function errorBox(error: unknown): HTMLElement {
  const message =
    error instanceof ApiRequestError
      ? error.message
      : error instanceof Error
        ? error.message
        : 'something went wrong';
  return h('p', { class: 'error', role: 'alert' }, `Could not load: ${message}`);
}

export const loading = () => h('p', { class: 'loading' }, 'Loading…');
