import type { EventSummary } from '../api.js';
import { h, replace } from '../dom.js';
import { withFilters, type FilterState } from '../state.js';
import { ensureViewStyles, linkMark, rovingFocus, svg } from './marks.js';
import { QUADRANT_LEGEND, quadrantClass } from './marks-style.js';
import {
  buildGraph,
  circularLayout,
  edgeOffsets,
  edgeWidth,
  nodeRadius,
  type GraphEdge,
  type GraphNode,
} from './network-graph.js';

const SIZE = 640;
const RADIUS = 250;
/** Curvature per offset step, in pixels at the edge's middle. */
const BOW = 18;

/** `/network`: actors as nodes, actor → recipient edges by PLOVER type and count; each drills down to its events. */
export function render(container: HTMLElement, events: EventSummary[], state: FilterState): void {
  ensureViewStyles();
  const graph = buildGraph(events);
  if (!graph.nodes.length) return replace(container, h('p', {}, 'No coded actors in these events.'));
  const nodeHref = (node: GraphNode) => withFilters('/', { ...state, actor: node.id });
  const edgeHref = (edge: GraphEdge) =>
    withFilters('/', { ...state, actor: edge.source, recipient: edge.target, type: edge.type });
  replace(
    container,
    h(
      'ul',
      { class: 'view-legend', 'aria-label': 'Colour key' },
      QUADRANT_LEGEND.map(([cls, text]) => h('li', {}, h('span', { class: `swatch ${cls}` }), text)),
      h('li', {}, 'node size: events; edge width: events of that type'),
    ),
    chart(graph.nodes, graph.edges, nodeHref, edgeHref),
    h('p', { class: 'view-note' }, `${graph.nodes.length} actors, ${graph.edges.length} typed edges.`),
    edgeTable(graph.edges, edgeHref),
  );
}

function chart(
  nodes: GraphNode[],
  edges: GraphEdge[],
  nodeHref: (node: GraphNode) => string,
  edgeHref: (edge: GraphEdge) => string,
): SVGSVGElement {
  const positions = circularLayout(nodes, SIZE / 2, SIZE / 2, RADIUS);
  const root = svg('svg', {
    viewBox: `0 0 ${SIZE} ${SIZE}`,
    class: 'chart network-chart',
    role: 'group',
    'aria-label': `Actor network: ${nodes.length} actors, ${edges.length} edges; arrow keys move, Enter lists the events`,
  });
  root.append(svg('defs', {}, arrowHead()));
  const offsets = edgeOffsets(edges);
  const marks: SVGElement[] = [];
  // Nodes first in keyboard order (busiest first), then edges (largest first), as in the tables below.
  // Many actors on one circle: radii shrink to the arc each node gets, so neighbours do not overlap.
  const maxRadius = Math.max(5, (Math.PI * RADIUS) / Math.max(nodes.length, 1) - 1);
  const radii = new Map(nodes.map((node) => [node.id, Math.min(nodeRadius(node.count), maxRadius)]));
  const nodeMarks = nodes.map((node) =>
    nodeMark(node, positions.get(node.id) ?? { x: 0, y: 0 }, radii.get(node.id) ?? 5, nodeHref(node)),
  );
  const edgeMarks = edges.map((edge, i) =>
    edgeMark(edge, positions, offsets[i] ?? 0, radii.get(edge.target) ?? 0, edgeHref(edge)),
  );
  marks.push(...nodeMarks, ...edgeMarks);
  root.append(...edgeMarks, ...nodeMarks);
  rovingFocus(root, marks);
  return root;
}

function arrowHead(): SVGMarkerElement {
  return svg(
    'marker',
    { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto' },
    svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }),
  );
}

function nodeMark(node: GraphNode, at: { x: number; y: number }, r: number, href: string): SVGElement {
  const g = svg(
    'g',
    { class: 'node' },
    svg('circle', { cx: at.x.toFixed(1), cy: at.y.toFixed(1), r: r.toFixed(1) }),
    svg('text', { x: at.x.toFixed(1), y: (at.y + 4).toFixed(1), class: 'node-label' }, node.id),
  );
  linkMark(g, href, `${node.id}: ${node.count} events; list its events as actor`);
  return g;
}

function edgeMark(
  edge: GraphEdge,
  positions: Map<string, { x: number; y: number }>,
  offset: number,
  targetRadius: number,
  href: string,
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
  linkMark(path, href, `${edge.source} → ${edge.target}, ${edge.type}: ${edge.count} events`);
  return path;
}

/** The text alternative: every typed edge with its count, each a link to its events. */
function edgeTable(edges: GraphEdge[], edgeHref: (edge: GraphEdge) => string): HTMLElement {
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
            h('td', {}, edge.source),
            h('td', {}, edge.target),
            h('td', {}, edge.type),
            h('td', {}, h('a', { href: edgeHref(edge) }, String(edge.count))),
          ),
        ),
      ),
    ),
  );
}
