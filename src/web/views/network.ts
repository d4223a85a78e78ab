import { fetchNetwork } from '../api.js';
import { h, replace } from '../dom.js';
import { filterParams, withFilters, type FilterState } from '../state.js';
import { ensureViewStyles } from './marks.js';
import { QUADRANT_LEGEND } from './marks-style.js';
import { chart, nodeName, type Links } from './network-chart.js';
import { countNote, edgeTable, selection } from './network-panels.js';

export { nodeName } from './network-chart.js';

/** The view's own URL parameters: the selected node, the other end of a selected edge, nodes drawn. */
const VIEW_PARAMS = ['node', 'peer', 'nodes'] as const;

/**
 * `/network`: countries and people as nodes, actor → recipient edges by PLOVER type and count, from one
 * request (GET /network, aggregated in SQL). A node or an edge drills down to its events, listed under the
 * chart (`?node=`, `?peer=` in the URL, so the selection is shareable too).
 */
export async function render(container: HTMLElement, state: FilterState, url: URL): Promise<void> {
  ensureViewStyles();
  const own = viewParams(url);
  const params = filterParams(state);
  for (const [name, value] of Object.entries(own)) params.set(name, value);
  const graph = await fetchNetwork(params);
  if (!graph.nodes.length) return replace(container, h('p', {}, 'No coded actors in these events.'));
  const keep = own['nodes'] ? { nodes: own['nodes'] } : {};
  const links: Links = {
    node: (node) => withFilters('/network', state, { ...keep, node: node.id }),
    edge: (edge) => withFilters('/network', state, { ...keep, node: edge.source, peer: edge.target }),
  };
  const names = new Map(graph.nodes.map((n) => [n.id, nodeName(n)]));
  // An id the graph does not hold (a surname from an event page's link) reads as "Blinken (USA)".
  const nameOf = (id: string) => {
    const slash = id.indexOf('/');
    return names.get(id) ?? (slash >= 0 ? `${id.slice(slash + 1)} (${id.slice(0, slash) || '—'})` : id);
  };
  replace(
    container,
    h(
      'ul',
      { class: 'view-legend', 'aria-label': 'Colour key' },
      QUADRANT_LEGEND.map(([cls, text]) => h('li', {}, h('span', { class: `swatch ${cls}` }), text)),
      h('li', {}, h('span', { class: 'swatch swatch-country' }), 'country'),
      h('li', {}, h('span', { class: 'swatch swatch-person' }), 'person'),
      h('li', {}, 'node size: events; edge width: events of that type'),
    ),
    h(
      'div',
      { class: 'network-panels' },
      chart(graph, links, own['node'] ?? null),
      selection(graph, own, nameOf, state),
    ),
    countNote(graph, state, own),
    edgeTable(graph.edges, links, nameOf),
  );
}

function viewParams(url: URL): Record<string, string> {
  const own: Record<string, string> = {};
  for (const name of VIEW_PARAMS) {
    const value = url.searchParams.get(name);
    if (value) own[name] = value;
  }
  return own;
}
