import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DialectName } from './dialect.js';
import { applyFilters, summaries, type EventRefinement } from './events-read.js';
import type { EventFilters, EventSummary } from './repository.js';
import type { Database, EventRow } from './schema.js';

/**
 * The actor network of the matching events, aggregated in SQL (issue 6: "countries and people as
 * nodes"). Countries come from event_actors; people from the reports' actor lists, where a person is an
 * actor with a title ("Supreme Leader") or the CAMEO elite sector (ELI: "President Putin"): the actors
 * stage gives a role only to named people, never to a country, a capital or a ministry.
 */

export interface NetworkNode {
  /** `PRK` for a country; `PRK/Kim Jong-un` for a person (code, slash, name; `/name` with no code). */
  id: string;
  kind: 'country' | 'person';
  code: string | null;
  /** The person's name as reported; null for a country. */
  name: string | null;
  sector: string | null;
  role: string | null;
  /** Matching events with this node on either side. */
  count: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  type: string;
  count: number;
}

export interface EventNetwork {
  /** Events matching the filters. */
  total: number;
  /** Every node, before `maxNodes` kept the busiest. */
  nodeTotal: number;
  nodes: NetworkNode[];
  /** Edges between kept nodes, the largest first. */
  edges: NetworkEdge[];
}

/** A node by its parts: code ('' when none) and name ('' for a country). */
export interface NodeRef {
  code: string;
  name: string;
}

export interface NetworkSelection {
  /** Matching events with `node` on either side, or (with `peer`) as actor with `peer` as recipient. */
  total: number;
  events: EventSummary[];
}

const nodeId = (code: string, name: string) => (name === '' ? code : `${code}/${name}`);

/**
 * The matching events as `f` and the people on their sides as `people`, one row per (event, side,
 * person): a person named in two reports of one event is one row, and so is a person named once in full
 * and once by surname alone ("Antony J. Blinken", "Blinken": the surname joins the one longer name of the
 * same country that ends with it; with two candidates, "Kim" stays itself). Only report lists that can hold a
 * person are parsed: JSON.stringify wrote them, so a title reads `"role":"` and the elite sector `"ELI"`.
 */
function withPeople(
  db: Kysely<Database>,
  dialect: DialectName,
  filters: EventFilters,
  refine: EventRefinement,
) {
  const matching = db
    .selectFrom('events')
    .select(['events.id', 'events.type'])
    .$call((q) => refine.apply(applyFilters(q, filters, 'filter'), 'filter'));
  const side = (column: 'actor' | 'recipient') => {
    const list = sql.raw(`r.${column}`);
    const expand =
      dialect === 'sqlite'
        ? sql`cross join json_each(${list}) as j`
        : sql`cross join lateral jsonb_array_elements(${list}::jsonb) as j(value)`;
    return sql`select r.event_id, f.type, ${sql.lit(column)} as side,
        coalesce(j.value ->> 'code', '') as code, j.value ->> 'name' as name,
        j.value ->> 'sector' as sector, j.value ->> 'role' as title
      from f cross join event_reports r ${expand}
      where r.event_id = f.id and (${list} like '%"role":"%' or ${list} like '%"ELI"%')
        and coalesce(j.value ->> 'name', '') <> ''
        and ((j.value ->> 'role') is not null or (j.value ->> 'sector') = 'ELI')`;
  };
  return sql`with f as materialized ${matching},
    named as materialized (${side('actor')} union ${side('recipient')}),
    names as (select distinct code, name from named),
    canon as (select n.code, n.name, coalesce((select min(o.name) from names o
        where o.code = n.code and length(o.name) > length(n.name)
          and substr(o.name, length(o.name) - length(n.name)) = ' ' || n.name
        having count(*) = 1), n.name) as canon
      from names n),
    people as materialized (select distinct p.event_id, p.type, p.side, p.code, c.canon as name,
        p.sector, p.title
      from named p join canon c on c.code = p.code and c.name = p.name)`;
}

/**
 * A requested person's name as the nodes spell it: an alias ("Blinken") becomes the one longer name of
 * the same country that ends with it ("Antony J. Blinken"), as the `canon` CTE of withPeople merges them.
 */
const canonical = (ref: NodeRef) =>
  sql`coalesce((select canon from canon where code = ${ref.code} and name = ${ref.name}), ${ref.name})`;

/*
 * `f cross join t where t.event_id = f.id`: SQLite keeps the written order of a CROSS JOIN, so it walks
 * the (few) matching events and seeks each one's rows by primary key, instead of scanning every actor
 * row and probing f (it has no statistics for a CTE). PostgreSQL reads it as the inner join it is.
 */

/** No person named on an event's side (then a person on the other side links to its countries). */
const noPerson = (event: string, side: 'actor' | 'recipient') =>
  sql`not exists (select 1 from people q where q.event_id = ${sql.raw(event)} and q.side = ${sql.lit(side)})`;

/**
 * Nodes and edges in one statement. Edges are actor → recipient per event type: country to country and
 * person to person always; a person to a country only when no person is named on the country's side
 * (Kim Jong-un → KOR, but not Kim Gunn → USA beside Kim Gunn → Jung Pak); never a node to itself nor a
 * person to their own country (a domestic order, as PRK → PRK adds no edge).
 */
const GRAPH = sql`
  select 'total' as kind, '' as a_code, '' as a_name, '' as b_code, '' as b_name, '' as type,
    cast(null as text) as sector, cast(null as text) as title, count(*) as n from f
  union all
  select 'node', ea.code, '', '', '', '', null, null, count(distinct ea.event_id)
  from f cross join event_actors ea where ea.event_id = f.id group by ea.code
  union all
  select 'node', code, name, '', '', '', max(sector), max(title), count(distinct event_id)
  from people group by code, name
  union all
  select 'edge', a.code, '', b.code, '', f.type, null, null, count(distinct f.id)
  from f cross join event_actors a cross join event_actors b
  where a.event_id = f.id and a.role = 'actor' and b.event_id = f.id and b.role = 'recipient'
    and a.code <> b.code group by a.code, b.code, f.type
  union all
  select 'edge', a.code, a.name, b.code, b.name, a.type, null, null, count(distinct a.event_id)
  from people a join people b on b.event_id = a.event_id and b.side = 'recipient'
  where a.side = 'actor' and not (a.code = b.code and a.name = b.name)
  group by a.code, a.name, b.code, b.name, a.type
  union all
  select 'edge', a.code, a.name, b.code, '', a.type, null, null, count(distinct a.event_id)
  from people a join event_actors b on b.event_id = a.event_id and b.role = 'recipient'
  where a.side = 'actor' and a.code <> b.code and ${noPerson('a.event_id', 'recipient')}
  group by a.code, a.name, b.code, a.type
  union all
  select 'edge', a.code, '', b.code, b.name, b.type, null, null, count(distinct b.event_id)
  from people b join event_actors a on a.event_id = b.event_id and a.role = 'actor'
  where b.side = 'recipient' and a.code <> b.code and ${noPerson('b.event_id', 'actor')}
  group by a.code, b.code, b.name, b.type`;

interface GraphRow {
  kind: 'total' | 'node' | 'edge';
  a_code: string;
  a_name: string;
  b_code: string;
  b_name: string;
  type: string;
  sector: string | null;
  title: string | null;
  n: number | string;
}

/** Nodes and typed edges of the matching events; the `maxNodes` busiest nodes and the edges among them. */
export async function eventNetworkIn(
  db: Kysely<Database>,
  dialect: DialectName,
  filters: EventFilters,
  refine: EventRefinement,
  maxNodes: number,
): Promise<EventNetwork> {
  const { rows } = await sql<GraphRow>`${withPeople(db, dialect, filters, refine)} ${GRAPH}`.execute(db);
  const all = rows
    .filter((r) => r.kind === 'node')
    .map(toNode)
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const nodes = all.slice(0, maxNodes);
  const kept = new Set(nodes.map((n) => n.id));
  const edges = rows
    .filter((r) => r.kind === 'edge')
    .map((r) => ({
      source: nodeId(r.a_code, r.a_name),
      target: nodeId(r.b_code, r.b_name),
      type: r.type,
      count: Number(r.n),
    }))
    .filter((e) => kept.has(e.source) && kept.has(e.target))
    .sort(
      (a, b) =>
        b.count - a.count ||
        a.source.localeCompare(b.source) ||
        a.target.localeCompare(b.target) ||
        a.type.localeCompare(b.type),
    );
  const total = Number(rows.find((r) => r.kind === 'total')?.n ?? 0);
  return { total, nodeTotal: all.length, nodes, edges };
}

function toNode(r: GraphRow): NetworkNode {
  const person = r.a_name !== '';
  return {
    id: nodeId(r.a_code, r.a_name),
    kind: person ? 'person' : 'country',
    code: r.a_code || null,
    name: person ? r.a_name : null,
    sector: person ? r.sector : null,
    role: person ? r.title : null,
    count: Number(r.n),
  };
}

/** The newest `limit` matching events of one node, or of the edges from `node` to `peer` (drill-down). */
export async function networkSelectionIn(
  db: Kysely<Database>,
  dialect: DialectName,
  filters: EventFilters,
  refine: EventRefinement,
  node: NodeRef,
  peer: NodeRef | null,
  limit: number,
): Promise<NetworkSelection> {
  const selected = peer ? edgeEvents(node, peer) : nodeEvents(node);
  const { rows } = await sql<
    EventRow & { matched: number | string }
  >`${withPeople(db, dialect, filters, refine)}
    select events.*, count(*) over () as matched from events
    where events.id in (${selected})
    order by events.sort_key desc, events.id desc
    limit ${limit}`.execute(db);
  return {
    total: Number(rows[0]?.matched ?? 0),
    events: await summaries(db, rows),
  };
}

/** The matching events with the node on either side. */
function nodeEvents(node: NodeRef): RawBuilder<unknown> {
  return node.name === ''
    ? sql`select ea.event_id from f cross join event_actors ea
        where ea.event_id = f.id and ea.code = ${node.code}`
    : sql`select event_id from people where code = ${node.code} and name = ${canonical(node)}`;
}

/** The matching events behind the edges from `a` to `b` (any type), by the rules of GRAPH. */
function edgeEvents(a: NodeRef, b: NodeRef): RawBuilder<unknown> {
  if (a.code === b.code && a.name === b.name) return sql`select id from f where 1 = 0`;
  const actorCountry = sql`select a.event_id from f cross join event_actors a
    where a.event_id = f.id and a.role = 'actor' and a.code = ${a.code}`;
  if (a.name === '' && b.name === '') {
    return sql`${actorCountry} and exists (select 1 from event_actors b
      where b.event_id = a.event_id and b.role = 'recipient' and b.code = ${b.code})`;
  }
  if (a.name !== '' && b.name !== '') {
    return sql`select a.event_id from people a join people b on b.event_id = a.event_id
      where a.side = 'actor' and a.code = ${a.code} and a.name = ${canonical(a)}
        and b.side = 'recipient' and b.code = ${b.code} and b.name = ${canonical(b)}
        and not (a.code = b.code and a.name = b.name)`;
  }
  if (a.code === b.code) return sql`select id from f where 1 = 0`;
  if (a.name !== '') {
    return sql`select a.event_id from people a join event_actors b on b.event_id = a.event_id
      where a.side = 'actor' and a.code = ${a.code} and a.name = ${canonical(a)}
        and b.role = 'recipient' and b.code = ${b.code} and ${noPerson('a.event_id', 'recipient')}`;
  }
  return sql`select b.event_id from people b join event_actors a on a.event_id = b.event_id
    where b.side = 'recipient' and b.code = ${b.code} and b.name = ${canonical(b)}
      and a.role = 'actor' and a.code = ${a.code} and ${noPerson('b.event_id', 'actor')}`;
}
