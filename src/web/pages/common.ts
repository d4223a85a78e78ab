import { ApiRequestError } from '../api.js';
import { h } from '../dom.js';
import { reload } from '../router.js';
import { forgetToken, readToken, saveToken } from '../token.js';

/** A failed load, said in words (the API's own message names the bad parameter). */
export function errorBox(error: unknown): HTMLElement {
  if (error instanceof ApiRequestError && error.status === 401) {
    // One token form per page: a second refused request (the search page asks twice) just says so.
    if (document.querySelector('.token-form'))
      return h('p', { class: 'error' }, 'Needs the read token (above).');
    return tokenBox(error.message);
  }
  const message =
    error instanceof ApiRequestError
      ? error.message
      : error instanceof Error
        ? error.message
        : 'something went wrong';
  return h('p', { class: 'error', role: 'alert' }, `Could not load: ${message}`);
}

let tokenForms = 0;

/**
 * A 401: this server wants a read token. The analyst types it once; it is kept for the tab
 * (token.ts), sent with every API request, and the page is drawn again. A refused token is forgotten.
 */
function tokenBox(serverMessage: string): HTMLElement {
  const refused = readToken() !== null;
  if (refused) forgetToken();
  const id = `read-token-${++tokenForms}`;
  const input = h('input', {
    id,
    name: 'token',
    type: 'password',
    required: true,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const form = h(
    'form',
    { class: 'token-form', 'aria-label': 'Enter the read token' },
    h('label', { for: id }, 'Read token'),
    input,
    h('button', { type: 'submit' }, 'Use token'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (!token) return;
    saveToken(token);
    reload();
  });
  return h(
    'div',
    { class: 'error token-needed', role: 'alert' },
    h(
      'p',
      {},
      refused
        ? 'The server refused the read token (it has been forgotten): enter it again. '
        : 'This server needs a read token to show its events. ',
      `(${serverMessage}.) Ask whoever runs it (sitroom serve --read-token); it is kept in this tab only and sent with each request.`,
    ),
    form,
  );
}

export const loading = () => h('p', { class: 'loading' }, 'Loading…');
