import { type NetworkResponse } from '../api.js';
import { h } from '../dom.js';
import { formatDate, sideOf } from '../format.js';
import { withFilters, type FilterState } from '../state.js';
import { EDGES_DRAWN, type Links } from './network-chart.js';
import { type GraphEdge } from './network-graph.js';

/** The HTML around the network's chart: the drill-down list, the count note, the table alternative. */

/** The drill-down: the selected node's (or edge's) events, newest first, each a link to its page. */
export function selection(
  graph: NetworkResponse,
  own: Record<string, string>,
  nameOf: (id: string) => string,
  state: FilterState,
): HTMLElement | null {
  const picked = graph.selection;
  const node = own['node'];
  if (!picked || !node) return null;
  const peer = own['peer'];
  const title = peer ? `${nameOf(node)} → ${nameOf(peer)}` : nameOf(node);
  const keep = own['nodes'] ? { nodes: own['nodes'] } : {};
  const more =
    picked.total > picked.events.length
      ? `the newest ${picked.events.length} of ${picked.total.toLocaleString('en')}`
      : `${picked.total} events`;
  // A country pair or a country is also a filter of the search page, with paging past the newest.
  const search = searchLink(node, peer, state);
  return h(
    'section',
    { class: 'network-selection', 'aria-labelledby': 'selection-heading' },
    h('h2', { id: 'selection-heading', tabindex: -1, 'data-autofocus': '' }, `${title}: ${more}`),
    h(
      'ul',
      // A scrolling list is a tab stop of its own, so the keyboard can scroll it too.
      { class: 'selection-list', tabindex: 0, 'aria-label': `Events of ${title}` },
      picked.events.map((event) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: `/event/${encodeURIComponent(event.id)}` },
            `${event.type}, ${formatDate(event.date)}`,
          ),
          ` · ${sideOf(event, 'actor')} → ${sideOf(event, 'recipient')}`,
        ),
      ),
    ),
    h(
      'p',
      {},
      search
        ? h(
            'a',
            { href: search },
            peer ? 'These events on the search page' : `${node} as actor on the search page`,
          )
        : null,
      search ? ' · ' : null,
      h('a', { href: withFilters('/network', state, keep) }, 'Clear the selection'),
    ),
  );
}

function searchLink(node: string, peer: string | undefined, state: FilterState): string | null {
  const code = /^[A-Z]{3}$/;
  if (!code.test(node) || (peer !== undefined && !code.test(peer))) return null;
  // The search page's actor filter is the actor side; a lone country is asked for on that side.
  return withFilters('/', { ...state, actor: node, ...(peer ? { recipient: peer } : {}) });
}

/** How many actors and edges are drawn out of how many, with a link to draw more. */
export function countNote(
  graph: NetworkResponse,
  state: FilterState,
  own: Record<string, string>,
): HTMLElement {
  const shown = graph.nodes.length;
  const people = graph.nodes.filter((n) => n.kind === 'person').length;
  const more =
    graph.nodeTotal > shown
      ? h(
          'a',
          { href: withFilters('/network', state, { ...own, nodes: String(Math.min(shown * 2, 200)) }) },
          `Draw up to ${Math.min(shown * 2, 200)}`,
        )
      : null;
  return h(
    'p',
    { class: 'view-note' },
    `${shown} of ${graph.nodeTotal} actors drawn (${people} people), the busiest; ` +
      `${graph.edges.length} typed edges between them` +
      (graph.edges.length > EDGES_DRAWN ? ` (the ${EDGES_DRAWN} largest drawn, all in the table)` : '') +
      `, from ${graph.total.toLocaleString('en')} events. `,
    more,
  );
}

/** The text alternative: every typed edge with its count, each a link to its events. */
export function edgeTable(edges: GraphEdge[], links: Links, nameOf: (id: string) => string): HTMLElement {
  return h(
    'details',
    { class: 'view-table' },
    h('summary', {}, 'The network as a table'),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Actor', 'Recipient', 'Type', 'Events'].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        edges.map((edge) =>
          h(
            'tr',
            {},
            h('td', {}, nameOf(edge.source)),
            h('td', {}, nameOf(edge.target)),
            h('td', {}, edge.type),
            h('td', {}, h('a', { href: links.edge(edge) }, String(edge.count))),
          ),
        ),
      ),
    ),
  );
}
