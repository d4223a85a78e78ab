/** Pure parts of the network: node order around the circle, a deterministic layout, edge geometry. */

export interface GraphNode {
  id: string;
  count: number;
}

export interface PersonLike extends GraphNode {
  kind: 'country' | 'person';
  code: string | null;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: string;
  count: number;
}

/**
 * Around the circle, each country is followed by its people (busiest first), so Kim Jong-un sits beside
 * PRK and the edges between a leader and a foreign country read beside their countries' own. Countries
 * keep the server's order (busiest first); people whose country is not drawn come last, busiest first.
 */
export function groupedOrder<T extends PersonLike>(nodes: readonly T[]): T[] {
  const countries = nodes.filter((n) => n.kind === 'country');
  const drawn = new Set(countries.map((c) => c.code));
  const people = nodes.filter((n) => n.kind === 'person');
  const byCountry = new Map<string | null, T[]>();
  for (const person of people) {
    const key = drawn.has(person.code) ? person.code : null;
    byCountry.set(key, [...(byCountry.get(key) ?? []), person]);
  }
  const busiest = (a: T, b: T) => b.count - a.count || a.id.localeCompare(b.id);
  return [
    ...countries.flatMap((c) => [c, ...(byCountry.get(c.code) ?? []).sort(busiest)]),
    ...(byCountry.get(null) ?? []).sort(busiest),
  ];
}

/** A person's label on the chart: the surname-ish last word when the whole name would crowd the circle. */
export function shortName(name: string, max = 14): string {
  if (name.length <= max) return name;
  const last = name.split(/\s+/).at(-1) ?? name;
  return last.length <= max ? last : `${last.slice(0, max - 1)}…`;
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
