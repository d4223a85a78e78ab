import { type NetworkNode, type NetworkResponse } from '../api.js';
import { linkMark, rovingFocus, svg } from './marks.js';
import { quadrantClass } from './marks-style.js';
import {
  circularLayout,
  edgeOffsets,
  edgeWidth,
  groupedOrder,
  nodeRadius,
  shortName,
  type GraphEdge,
} from './network-graph.js';

/** The network's SVG: actors on a circle, typed actor → recipient edges between them, each a link. */

const SIZE = 640;
const RADIUS = 250;
/** Curvature per offset step, in pixels at the edge's middle. */
const BOW = 18;
/** Edges drawn, the largest first; past this the circle is a hairball (the table lists every edge). */
export const EDGES_DRAWN = 150;

/** Where a node and an edge link to: the same view with that selection. */
export type Links = {
  node(node: NetworkNode): string;
  edge(edge: GraphEdge): string;
};

/** "Kim Jong-un (PRK GOV, Supreme Leader)" for a person; the code for a country. */
export function nodeName(node: NetworkNode): string {
  if (node.kind === 'country' || !node.name) return node.code ?? node.id;
  const details = [[node.code, node.sector].filter(Boolean).join(' '), node.role].filter(Boolean);
  return details.length ? `${node.name} (${details.join(', ')})` : node.name;
}

/** Draws the circle: edges under nodes, the selected node's own edges highlighted. */
export function chart(graph: NetworkResponse, links: Links, selected: string | null): SVGSVGElement {
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
