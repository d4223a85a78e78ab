import type { EventSummary } from '../api.js';

/** Pure parts of the network: nodes and typed, counted edges from the events, and a deterministic layout. */

export interface GraphNode {
  id: string;
  /** Events with this node on either side. */
  count: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: string;
  count: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * Nodes are the coded actors (country and body codes); an edge is actor → recipient for one PLOVER type,
 * counted over events. An event with two actors and two recipients adds four edges; an actor acting on
 * itself (PRK → PRK, a domestic order) adds none, but still counts for its node.
 */
export function buildGraph(events: EventSummary[]): Graph {
  const nodeCounts = new Map<string, number>();
  const edges = new Map<string, GraphEdge>();
  for (const event of events) {
    const codes = (role: 'actor' | 'recipient') => [
      ...new Set(event.actors.filter((a) => a.role === role).map((a) => a.code)),
    ];
    const actors = codes('actor');
    const recipients = codes('recipient');
    for (const code of new Set([...actors, ...recipients]))
      nodeCounts.set(code, (nodeCounts.get(code) ?? 0) + 1);
    for (const source of actors) {
      for (const target of recipients) {
        if (source === target) continue;
        const key = `${source}\u0000${target}\u0000${event.type}`;
        const edge = edges.get(key) ?? { source, target, type: event.type, count: 0 };
        edge.count += 1;
        edges.set(key, edge);
      }
    }
  }
  const nodes = [...nodeCounts.entries()]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const edgeList = [...edges.values()].sort(
    (a, b) =>
      b.count - a.count ||
      a.source.localeCompare(b.source) ||
      a.target.localeCompare(b.target) ||
      a.type.localeCompare(b.type),
  );
  return { nodes, edges: edgeList };
}

/**
 * A circle, busiest node at twelve o'clock and the rest clockwise by count: the same events always give
 * the same picture (no random start as in a force layout), and a shared URL shows what its sender saw.
 */
export function circularLayout(
  nodes: GraphNode[],
  cx: number,
  cy: number,
  radius: number,
): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  nodes.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(nodes.length, 1);
    const r = nodes.length === 1 ? 0 : radius;
    positions.set(node.id, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
  });
  return positions;
}

/**
 * Edges between the same two nodes (one per type, and both directions) bow apart: the k-th gets the k-th
 * offset 0, +1, −1, +2, … so no edge hides under another. Returns the offset index per edge.
 */
export function edgeOffsets(edges: GraphEdge[]): number[] {
  const seen = new Map<string, number>();
  return edges.map((edge) => {
    const pair = [edge.source, edge.target].sort().join('\u0000');
    const k = seen.get(pair) ?? 0;
    seen.set(pair, k + 1);
    const step = Math.ceil(k / 2);
    return k % 2 === 1 ? step : -step;
  });
}

/** Stroke width for an edge: grows with the square root of its count, capped so one edge cannot hide the rest. */
export const edgeWidth = (count: number): number => Math.min(1 + Math.sqrt(count) * 1.2, 10);

/** Node radius: grows with the square root of its event count. */
export const nodeRadius = (count: number): number => Math.min(6 + Math.sqrt(count) * 2.5, 34);
