import { fetchNetwork, type NetworkNode, type NetworkResponse } from '../api.js';
import { h, replace } from '../dom.js';
import { formatDate, sideOf } from '../format.js';
import { filterParams, withFilters, type FilterState } from '../state.js';
import { ensureViewStyles, linkMark, rovingFocus, svg } from './marks.js';
import { QUADRANT_LEGEND, quadrantClass } from './marks-style.js';
import {
  circularLayout,
  edgeOffsets,
  edgeWidth,
  groupedOrder,
  nodeRadius,
  shortName,
  type GraphEdge,
} from './network-graph.js';

const SIZE = 640;
const RADIUS = 250;
/** Curvature per offset step, in pixels at the edge's middle. */
const BOW = 18;
/** Edges drawn, the largest first; past this the circle is a hairball (the table lists every edge). */
const EDGES_DRAWN = 150;
/** The view's own URL parameters: the selected node, the other end of a selected edge, nodes drawn. */
const VIEW_PARAMS = ['node', 'peer', 'nodes'] as const;

type Links = {
  node(node: NetworkNode): string;
  edge(edge: GraphEdge): string;
};

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

/** "Kim Jong-un (PRK GOV, Supreme Leader)" for a person; the code for a country. */
export function nodeName(node: NetworkNode): string {
  if (node.kind === 'country' || !node.name) return node.code ?? node.id;
  const details = [[node.code, node.sector].filter(Boolean).join(' '), node.role].filter(Boolean);
  return details.length ? `${node.name} (${details.join(', ')})` : node.name;
}

function chart(graph: NetworkResponse, links: Links, selected: string | null): SVGSVGElement {
  const nodes = groupedOrder(graph.nodes);
  const positions = circularLayout(nodes, SIZE / 2, SIZE / 2, RADIUS);
  const root = svg('svg', {
    viewBox: `0 0 ${SIZE} ${SIZE}`,
    class: 'chart network-chart',
    role: 'group',
    'aria-label': `Actor network: ${nodes.length} actors, ${Math.min(graph.edges.length, EDGES_DRAWN)} edges; arrow keys move, Enter lists the events`,
  });
  root.append(svg('defs', {}, arrowHead()));
  const edges = graph.edges.slice(0, EDGES_DRAWN);
  const offsets = edgeOffsets(edges);
  // Many actors on one circle: radii shrink to the arc each node gets, so neighbours do not overlap.
  const maxRadius = Math.max(5, (Math.PI * RADIUS) / Math.max(nodes.length, 1) - 1);
  const radii = new Map(nodes.map((node) => [node.id, Math.min(nodeRadius(node.count), maxRadius)]));
  const nodeMarks = nodes.map((node) =>
    nodeMark(node, positions.get(node.id) ?? { x: 0, y: 0 }, radii.get(node.id) ?? 5, links, selected),
  );
  const edgeMarks = edges.map((edge, i) => {
    const mark = edgeMark(edge, positions, offsets[i] ?? 0, radii.get(edge.target) ?? 0, links, graph.nodes);
    // With a node selected, its own edges stand out and the rest fade.
    if (selected && edge.source !== selected && edge.target !== selected) mark.classList.add('dim');
    return mark;
  });
  root.append(...edgeMarks, ...nodeMarks);
  // Keyboard: nodes first, in the circle's order (clockwise from twelve), then edges, largest first.
  rovingFocus(root, [...nodeMarks, ...edgeMarks]);
  return root;
}

function arrowHead(): SVGMarkerElement {
  return svg(
    'marker',
    { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto' },
    svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }),
  );
}

function nodeMark(
  node: NetworkNode,
  at: { x: number; y: number },
  r: number,
  links: Links,
  selected: string | null,
): SVGElement {
  const person = node.kind === 'person';
  const shape = person
    ? svg('rect', {
        x: (at.x - r).toFixed(1),
        y: (at.y - r).toFixed(1),
        width: (2 * r).toFixed(1),
        height: (2 * r).toFixed(1),
        rx: (r / 2).toFixed(1),
      })
    : svg('circle', { cx: at.x.toFixed(1), cy: at.y.toFixed(1), r: r.toFixed(1) });
  const label = person ? shortName(node.name ?? node.id) : (node.code ?? node.id);
  // People's names are longer than codes: written outside the circle, away from the centre.
  const out = person ? labelOutside(at, r) : { x: at.x, y: at.y + 4, anchor: 'middle' };
  const g = svg(
    'g',
    { class: `node node-${node.kind}${node.id === selected ? ' selected' : ''}` },
    shape,
    svg(
      'text',
      { x: out.x.toFixed(1), y: out.y.toFixed(1), class: 'node-label', 'text-anchor': out.anchor },
      label,
    ),
  );
  linkMark(g, links.node(node), `${nodeName(node)}: ${node.count} events; list them`);
  return g;
}

function labelOutside(at: { x: number; y: number }, r: number): { x: number; y: number; anchor: string } {
  const dx = at.x - SIZE / 2;
  const dy = at.y - SIZE / 2;
  const len = Math.hypot(dx, dy) || 1;
  const x = at.x + (dx / len) * (r + 4);
  const y = at.y + (dy / len) * (r + 4) + 4;
  return { x, y, anchor: Math.abs(dx) < 20 ? 'middle' : dx > 0 ? 'start' : 'end' };
}

function edgeMark(
  edge: GraphEdge,
  positions: Map<string, { x: number; y: number }>,
  offset: number,
  targetRadius: number,
  links: Links,
  nodes: NetworkNode[],
): SVGElement {
  const a = positions.get(edge.source) ?? { x: 0, y: 0 };
  const b = positions.get(edge.target) ?? { x: 0, y: 0 };
  // Control point pushed off the chord's middle along its normal; the offset keeps parallel edges apart.
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const bow = offset * BOW;
  const cx = (a.x + b.x) / 2 - (dy / len) * bow;
  const cy = (a.y + b.y) / 2 + (dx / len) * bow;
  // The arrow stops at the target's rim, not its centre, so its head shows.
  const toEnd = Math.hypot(b.x - cx, b.y - cy) || 1;
  const ex = b.x - ((b.x - cx) / toEnd) * (targetRadius + 2);
  const ey = b.y - ((b.y - cy) / toEnd) * (targetRadius + 2);
  const path = svg('path', {
    d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
    class: `edge ${quadrantClass(edge.type)}`,
    'stroke-width': edgeWidth(edge.count).toFixed(1),
    'marker-end': 'url(#arrow)',
  });
  const name = (id: string) => {
    const node = nodes.find((n) => n.id === id);
    return node ? nodeName(node) : id;
  };
  linkMark(
    path,
    links.edge(edge),
    `${name(edge.source)} → ${name(edge.target)}, ${edge.type}: ${edge.count} events`,
  );
  return path;
}

/** The drill-down: the selected node's (or edge's) events, newest first, each a link to its page. */
function selection(
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

function countNote(graph: NetworkResponse, state: FilterState, own: Record<string, string>): HTMLElement {
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
function edgeTable(edges: GraphEdge[], links: Links, nameOf: (id: string) => string): HTMLElement {
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
