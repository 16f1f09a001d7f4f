import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import type { EntityRecord } from '../../model/records.ts';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import { projectEntity } from '../compile/entity-projection.ts';
import { factExpr } from '../compile/facts.ts';
import { upTo } from '../compile/list-access.ts';
import type { NeighborhoodPlan } from '../compile/read-plan.ts';
import { displayOrder } from '../compile/sort.ts';
import type { CypherQuery } from '../cypher-query.ts';
import type { FactRecord } from '../entities/fact-record.ts';
import { allowedNode, walkTypes, type WalkFilter } from './walk-filter.ts';

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
  const found = new Cypher.Variable();
  const x = new Cypher.Node();
  const nodes = (plan: NeighborhoodPlan['nodes']) => new Cypher.ListComprehension(x).in(around).map(projectEntity(plan, x));
  const centerMatch = new Cypher.Match(new Cypher.Pattern(c, { labels: ['Entity'], properties: { id: new Cypher.Param(req.id) } }));
  const statement = Cypher.utils.concat(
    centerMatch,
    new Cypher.Call(nearest(c, req, found), [c]),
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
 * `found`: up to limit + 1 nodes around the center, nearest first, then by name.
 *
 * Shaped so that Neo4j walks breadth-first and keeps the first path to each node
 * (VarLengthExpand(Pruning,BFS)) rather than every path: the node test is on every node of
 * the path (the center passes it), the shortest length is taken per start and node with
 * `min(length(p))` alone, and the depth is checked on the distance afterwards. With the test
 * on `nodes(p)[1 - step..]`, the depth in the WHERE and `min(step + length(p))`, it walked
 * every path (PROFILE, leukemia on the shipped graph: 143 rows through the walk, 2,132 db
 * hits; this form 131 rows, 1,983; the scaled graph's cancer-type-0: 29,889 rows where the
 * floor's BFS has 1,727).
 */
function nearest(c: Cypher.Node, req: NeighborhoodRequest, found: Cypher.Variable): Cypher.Clause {
  const [start, step] = [new Cypher.Node(), new Cypher.Variable()];
  const p = new Cypher.PathVariable();
  const x = new Cypher.Node();
  const v = new Cypher.Node();
  const [hops, distance] = [new Cypher.Variable(), new Cypher.Variable()];
  const walk = new Cypher.Pattern(start)
    .related({ type: walkTypes(req.walk), direction: 'undirected', length: { min: 0, max: req.depth } })
    .to(x, { labels: ['Entity'] })
    .assignTo(p);
  const [byName, byId] = displayOrder(x, undefined);
  return Cypher.utils.concat(
    new Cypher.Call(starts(c, req.walk, start, step), [c]),
    new Cypher.Match(walk)
      .where(Cypher.and(Cypher.neq(x, c), Cypher.all(v, Cypher.nodes(p), Cypher.or(Cypher.eq(v, c), allowedNode(v, req.walk)))))
      .with(x, step, [Cypher.min(Cypher.length(p)), hops])
      .with(x, [Cypher.min(Cypher.plus(step, hops)), distance])
      .where(Cypher.lte(distance, new Cypher.Param(neo4j.int(req.depth))))
      .orderBy(distance, byName, byId)
      .limit(new Cypher.Param(neo4j.int(req.limit + 1)))
      .return([Cypher.collect(x), found]),
  );
}

/**
 * Where the walk starts (`start`, `step` steps from the center): the center itself, or for a
 * citation, one step away, what it backs.
 *
 * The two citation branches start from the center's id only when it is a citation (an
 * UNWIND of one id or none): written as `WITH c WHERE c:Citation MATCH (b:Entity) ...`,
 * Neo4j folded the label test into the MATCH and scanned every entity, twice, for any
 * center (PROFILE: on the shipped graph the leukemia neighborhood read 4,742 db hits, 2,610
 * of them in those scans, 2,132 without; on the scaled graph 455,000 of 630,290).
 */
function starts(c: Cypher.Node, walk: WalkFilter, start: Cypher.Node, step: Cypher.Variable): Cypher.Clause {
  const isCitation = c.hasLabel('Citation');
  const [b, s, r, o, end] = [new Cypher.Node(), new Cypher.Node(), new Cypher.Relationship(), new Cypher.Node(), new Cypher.Node()];
  const cited = new Cypher.Variable();
  const citationId = () =>
    new Cypher.Unwind([new Cypher.Case().when(isCitation).then(new Cypher.List([c.property('id')])).else(new Cypher.List([])), cited]);
  const one = new Cypher.Literal(1);
  const itself = new Cypher.With(c).where(Cypher.not(isCitation)).return([c, start], [new Cypher.Literal(0), step]);
  const citing = citationId()
    .match(new Cypher.Pattern(b, { labels: ['Entity'] }))
    .where(Cypher.in(cited, b.property('citations')))
    .return([b, start], [one, step]);
  const facts = new Cypher.Pattern(s, { labels: ['Entity'] }).related(r, { type: walkTypes(walk), direction: 'right' }).to(o, { labels: ['Entity'] });
  const factEnds = citationId()
    .match(facts)
    .where(Cypher.in(cited, r.property('citations')))
    .unwind([new Cypher.List([s, o]), end])
    .return([end, start], [one, step]);
  return new Cypher.Union(itself, citing, factEnds);
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
