import { h, replace } from '../dom.js';

/** Saved queries stay in this browser (localStorage): a name and the page URL with its query string. */
export interface SavedQuery {
  name: string;
  url: string;
}

const KEY = 'sitroom.saved-queries';

export function loadSaved(): SavedQuery[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter(isSavedQuery) : [];
  } catch {
    return [];
  }
}

function isSavedQuery(value: unknown): value is SavedQuery {
  const v = value as Partial<SavedQuery> | null;
  // Only paths of this UI are kept: a stored "javascript:" URL must never become a link.
  return (
    typeof v?.name === 'string' &&
    typeof v.url === 'string' &&
    v.url.startsWith('/') &&
    !v.url.startsWith('//')
  );
}

function store(queries: SavedQuery[]): void {
  localStorage.setItem(KEY, JSON.stringify(queries));
}

/** "Save this query": a name box and a button, on every filtered view. */
export function saveQueryControl(url: URL): HTMLElement {
  const status = h('span', { class: 'hint', role: 'status' });
  const input = h('input', { id: 'save-name', type: 'text', required: true, maxlength: 120 });
  const form = h(
    'form',
    { class: 'save-query', 'aria-label': 'Save this query' },
    h('label', { for: 'save-name' }, 'Save this query as'),
    input,
    h('button', { type: 'submit' }, 'Save'),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = input.value.trim();
    if (!name) return;
    const path = url.pathname + url.search;
    store([...loadSaved().filter((q) => q.name !== name), { name, url: path }]);
    status.textContent = `Saved “${name}”.`;
  });
  return form;
}

/** `/saved`: the saved queries, each a link, each removable. */
export function renderSaved(main: HTMLElement): void {
  const list = h('ul', { class: 'saved-list' });
  const draw = () => {
    const queries = loadSaved();
    if (queries.length === 0) {
      replace(list, h('li', {}, 'Nothing saved yet: filter the events, then “Save this query”.'));
      return;
    }
    replace(
      list,
      queries.map((q) =>
        h(
          'li',
          {},
          h('a', { href: q.url }, q.name),
          h('code', { class: 'meta' }, q.url),
          h(
            'button',
            {
              type: 'button',
              'aria-label': `Delete saved query ${q.name}`,
              onclick: () => {
                store(loadSaved().filter((other) => other.name !== q.name));
                draw();
              },
            },
            'Delete',
          ),
        ),
      ),
    );
  };
  draw();
  replace(main, h('h1', {}, 'Saved queries'), h('p', {}, 'Kept in this browser only.'), list);
}
