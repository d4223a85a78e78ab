import { h, replace } from '../dom.js';
import { readFilters } from '../state.js';
import { VIEWS } from '../views/index.js';
import { errorBox, loading } from './common.js';
import { saveQueryControl } from './saved.js';
import { searchForm } from './search-form.js';

/** `/timeline`, `/map`, `/network`: the filters, then the view module drawing the filtered events. */
export async function renderView(main: HTMLElement, match: RegExpExecArray, url: URL): Promise<void> {
  const name = match.groups?.['view'] ?? '';
  const entry = VIEWS[name];
  if (!entry) return replace(main, h('p', {}, 'No such view.'));
  const state = readFilters(url.search);
  const container = h('div', { class: `view view-${name}`, id: `view-${name}` }, loading());
  replace(
    main,
    h('h1', {}, entry.title),
    searchForm(state, `/${name}`),
    saveQueryControl(url),
    h('section', { 'aria-label': `${entry.title} of the filtered events` }, container),
  );
  performance.mark(`sitroom:${name}:start`);
  try {
    await entry.view.render(container, state, url);
  } catch (error) {
    replace(container, errorBox(error));
  }
  performance.mark(`sitroom:${name}:rendered`);
}
