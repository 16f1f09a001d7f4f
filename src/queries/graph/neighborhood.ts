import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import type { EntityRecord } from '../../model/records.ts';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import { projectEntity } from '../compile/entity-projection.ts';
import { factExpr } from '../compile/facts.ts';
import { upTo } from '../compile/list-access.ts';
import type { NeighborhoodPlan } from '../compile/read-plan.ts';
import { sortKey } from '../compile/sort.ts';
import type { CypherQuery } from '../cypher-query.ts';
import type { FactRecord } from '../entities/fact-record.ts';
import { allowedNodes, walkTypes, type WalkFilter } from './walk-filter.ts';

/** The deepest neighborhood the API reads: beyond two steps a hub reaches most of the graph. */
export const MAX_NEIGHBORHOOD_DEPTH = 2;

export interface NeighborhoodRequest {
  readonly id: string;
  /** 1 or 2. */
  readonly depth: number;
  /** What the walk follows and reaches: every node on a path but the center must be allowed. */
  readonly walk: WalkFilter;
  /** At most this many nodes besides the center. */
  readonly limit: number;
}

export interface NeighborhoodRecord {
  readonly center: EntityRecord;
  /** The center first, then the others nearest first, then by name. */
  readonly nodes: readonly EntityRecord[];
  /** Every fact between two of the nodes. */
  readonly edges: readonly FactRecord[];
  readonly truncated: boolean;
}

/**
 * Nodes within `depth` fact relationships of the center (either direction, along the
 * relationships the walk allows, through allowed nodes only), nearest first, and then every
 * fact of those relationship types among the nodes kept, so a graph view can draw the
 * induced subgraph; each node, edge and end projected as the request selects it, in one
 * statement.
 *
 * A citation has no fact relationships: its first step is to what it backs (the entities
 * whose own attributes cite it and both ends of the facts citing it, as `Citation.citedBy`,
 * `supports` and `export --from` have it), which reads every entity and fact once (a list
 * property has no index); the walk goes on from there along facts.
 */
export function neighborhoodQuery(req: NeighborhoodRequest, plan: NeighborhoodPlan): CypherQuery {
  if (!Number.isInteger(req.depth) || req.depth < 1 || req.depth > MAX_NEIGHBORHOOD_DEPTH) {
    throw new RangeError(`neighborhood depth must be 1 to ${MAX_NEIGHBORHOOD_DEPTH}, got ${req.depth}`);
  }
  const c = new Cypher.Node();
  const limit = new Cypher.Param(neo4j.int(req.limit));
  const [around, truncated] = [new Cypher.Variable(), new Cypher.Variable()];
  const x = new Cypher.Node();
  const nodes = (plan: NeighborhoodPlan['nodes']) => new Cypher.ListComprehension(x).in(around).map(projectEntity(plan, x));
  const centerMatch = new Cypher.Match(new Cypher.Pattern(c, { labels: ['Entity'], properties: { id: new Cypher.Param(req.id) } }));
  const { walk, found } = nearest(c, req);
  const statement = Cypher.utils.concat(
    centerMatch,
    walk,
    new Cypher.With(c, [upTo(found, limit), around], [Cypher.gt(Cypher.size(found), limit), truncated]),
    new Cypher.Return(
      [projectEntity(plan.center, c), 'center'],
      [Cypher.concat(new Cypher.List([projectEntity(plan.nodes, c)]), nodes(plan.nodes)), 'nodes'],
      [edgesAmong(c, around, req.walk, plan), 'edges'],
      [truncated, 'truncated'],
    ),
  );
  const { cypher, params } = statement.build();
  return { cypher, params };
}

/**
 * `walk`, then `found`: up to limit + 1 nodes around the center, nearest first, then by name (ties by id).
 *
 * Breadth-first by hand, a step at a time, each step sorted and cut at limit + 1: the first
 * step's nodes (`near`), then, only for depth 2 and only when the first step left room, the
 * nodes one step further from them. A node is at distance 2 when it is one step from a node
 * at distance 1 and neither the center nor at distance 1; a step is walked from every node
 * of the step before it, which is all of them when there was room (size(near) <= limit), so
 * the cut never hides a path. The order is the API's by name, `toLower(coalesce(name,
 * title, text, id))`, read from the stored key `nameSortKey = toLower(name)`: every node
 * walked is an entity kind (facts join only those, and only they cite), all of which have a
 * name, so the two agree, and one property is read per node instead of four. For the same
 * reason the far end of a fact is not tested for `:Entity` (a db hit per node walked).
 *
 * Before, one MATCH of the paths of 0 to depth steps from a UNION of starts, grouped twice
 * (by node and start, then by node) and sorted: every node within two steps was read, four
 * properties each, and sorted before the limit. PROFILE db hits (Neo4j 5.26, 2026-12-02),
 * this statement / before / the bench's hand-written floor (`*1..2` breadth-first, then
 * sorted): leukemia at depth 2 on the shipped graph 1,564 / 2,172 / 1,750 (its first step
 * has 7 nodes, so the second is walked); cancer-type-0 on the scaled graph (the biggest hub:
 * 1,726 nodes one step away, so the first step fills the 51 and the second is not walked)
 * 7,457 / 118,574 / 12,436.
 */
function nearest(c: Cypher.Node, req: NeighborhoodRequest): { walk: Cypher.Clause; found: Cypher.Expr } {
  const room = new Cypher.Param(neo4j.int(req.limit + 1));
  const near = new Cypher.Variable();
  const allowed = allowedNodes(req.walk);
  const firstStep = new Cypher.Call(stepped(room, near, (x) => new Cypher.Call(starts(c, req.walk, allowed, x), [c])), [c]);
  if (req.depth === 1) return { walk: firstStep, found: near };
  const far = new Cypher.Variable();
  const m = new Cypher.Node();
  const secondStep = (x: Cypher.Node) =>
    new Cypher.With(c, near)
      .where(Cypher.lt(Cypher.size(near), room))
      .unwind([near, m])
      .match(new Cypher.Pattern(m).related({ type: walkTypes(req.walk), direction: 'undirected' }).to(x))
      .where(Cypher.and(Cypher.neq(x, c), Cypher.not(Cypher.in(x, near)), allowed(x)));
  return { walk: Cypher.utils.concat(firstStep, new Cypher.Call(stepped(room, far, secondStep), [c, near])), found: Cypher.concat(near, far) };
}

/** `reach(x)` matches the nodes `x` of one step; returns them as `into`, distinct, by name then id, at most `room`. */
function stepped(room: Cypher.Param, into: Cypher.Variable, reach: (x: Cypher.Node) => Cypher.Clause): Cypher.Clause {
  const x = new Cypher.Node();
  const [byName, byId] = [sortKey(x, 'NAME'), x.property('id')];
  return Cypher.utils.concat(
    reach(x),
    new Cypher.With(x).distinct().orderBy(byName, byId).limit(room).return([Cypher.collect(x), into]),
  );
}

/**
 * The first step from the center into `x`: the center's neighbours along the walked facts, or
 * for a citation, what it backs (the entities whose own attributes cite it and both ends of
 * the facts citing it), every one allowed by the walk and not the center.
 *
 * The two citation branches start from the center's id only when it is a citation (an
 * UNWIND of one id or none): written as `WITH c WHERE c:Citation MATCH (b:Entity) ...`,
 * Neo4j folded the label test into the MATCH and scanned every entity, twice, for any
 * center (PROFILE: on the shipped graph the leukemia neighborhood read 4,742 db hits, 2,610
 * of them in those scans, 2,132 without; on the scaled graph 455,000 of 630,290).
 */
function starts(c: Cypher.Node, walk: WalkFilter, allowed: ReturnType<typeof allowedNodes>, x: Cypher.Node): Cypher.Clause {
  const isCitation = c.hasLabel('Citation');
  const [b, s, r, o, end] = [new Cypher.Node(), new Cypher.Node(), new Cypher.Relationship(), new Cypher.Node(), new Cypher.Node()];
  const cited = new Cypher.Variable();
  const kept = (n: Cypher.Node) => Cypher.and(Cypher.neq(n, c), allowed(n));
  const citationId = () =>
    new Cypher.Unwind([new Cypher.Case().when(isCitation).then(new Cypher.List([c.property('id')])).else(new Cypher.List([])), cited]);
  const neighbours = new Cypher.With(c)
    .where(Cypher.not(isCitation))
    .match(new Cypher.Pattern(c).related({ type: walkTypes(walk), direction: 'undirected' }).to(b))
    .where(kept(b))
    .return([b, x]);
  const citing = citationId()
    .match(new Cypher.Pattern(b, { labels: ['Entity'] }))
    .where(Cypher.and(Cypher.in(cited, b.property('citations')), kept(b)))
    .return([b, x]);
  const facts = new Cypher.Pattern(s, { labels: ['Entity'] }).related(r, { type: walkTypes(walk), direction: 'right' }).to(o, { labels: ['Entity'] });
  const factEnds = citationId()
    .match(facts)
    .where(Cypher.in(cited, r.property('citations')))
    .unwind([new Cypher.List([s, o]), end])
    .with(end)
    .where(kept(end))
    .return([end, x]);
  return new Cypher.Union(neighbours, citing, factEnds);
}

/** Every fact of the walked types between two of the center and the nodes around it, by type, subject id, object id. */
function edgesAmong(c: Cypher.Node, around: Cypher.Variable, walk: WalkFilter, plan: NeighborhoodPlan): Cypher.Expr {
  const members = Cypher.concat(new Cypher.List([c]), around);
  const a = new Cypher.Node();
  const r = new Cypher.Relationship();
  const b = new Cypher.Node();
  const read = new Cypher.Unwind([members, a])
    .match(new Cypher.Pattern(a).related(r, { type: walkTypes(walk), direction: 'right' }).to(b))
    .where(Cypher.in(b, members))
    .with(r, a, b)
    .orderBy(Cypher.type(r), a.property('id'), b.property('id'))
    .return(factExpr(plan.edges, r, a, b));
  return new Cypher.Collect(read);
}

/** The neighborhood, or undefined when no node has the id; `q` is neighborhoodQuery(req, plan), given when the caller has it already. */
export async function neighborhood(
  reader: GraphReader,
  req: NeighborhoodRequest,
  plan: NeighborhoodPlan,
  q: CypherQuery = neighborhoodQuery(req, plan),
): Promise<NeighborhoodRecord | undefined> {
  const [row] = await reader.read<NeighborhoodRecord>(q.cypher, q.params);
  return row;
}
