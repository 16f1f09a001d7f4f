import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import type { EntityRecord } from '../../model/records.ts';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import { projectEntity } from '../compile/entity-projection.ts';
import { factExpr } from '../compile/facts.ts';
import { at } from '../compile/list-access.ts';
import type { PathsPlan } from '../compile/read-plan.ts';
import type { CypherQuery } from '../cypher-query.ts';
import type { FactRecord } from '../entities/fact-record.ts';
import { allowedNodes, walkTypes, type WalkFilter } from './walk-filter.ts';

/** The longest path the API looks for; longer ones connect nearly everything to everything. */
export const MAX_PATH_HOPS = 4;

export interface PathsRequest {
  readonly from: string;
  readonly to: string;
  /** 1 to MAX_PATH_HOPS. */
  readonly maxHops: number;
  readonly limit: number;
  /** What a path may follow and pass through (the endpoints are exempt). */
  readonly walk: WalkFilter;
}

export interface PathStepRecord {
  /** Present when the request selects it (the path's nodes hold it too). */
  readonly from?: EntityRecord;
  readonly to?: EntityRecord;
  /** True when the step walks from the fact's subject to its object. */
  readonly forward: boolean;
  readonly fact: FactRecord;
}

export interface PathRecord {
  readonly nodes: readonly EntityRecord[];
  readonly steps: readonly PathStepRecord[];
}

export type PathsResult = { found: true; paths: PathRecord[] } | { found: false; missing: string[] };

/**
 * All shortest paths between two nodes along fact relationships in either direction, up to
 * `maxHops` steps, along the relationships and through the nodes the walk allows, each node,
 * step and fact projected as the request selects it, in one statement. Also tells which
 * endpoint ids do not exist, so that an unknown id is not mistaken for "no path".
 */
export function pathsQuery(req: PathsRequest, plan: PathsPlan): CypherQuery {
  if (!Number.isInteger(req.maxHops) || req.maxHops < 1 || req.maxHops > MAX_PATH_HOPS) {
    throw new RangeError(`paths maxHops must be 1 to ${MAX_PATH_HOPS}, got ${req.maxHops}`);
  }
  const a = new Cypher.Node();
  const b = new Cypher.Node();
  const found = new Cypher.Variable();
  const end = (n: Cypher.Node, id: string) =>
    new Cypher.OptionalMatch(new Cypher.Pattern(n, { labels: ['Entity'], properties: { id: new Cypher.Param(id) } }));
  const p = new Cypher.PathVariable();
  const x = new Cypher.Node();
  const search = Cypher.utils.concat(
    new Cypher.With(a, b).where(Cypher.and(Cypher.isNotNull(a), Cypher.isNotNull(b))),
    allShortest(p, a, b, req),
    new Cypher.With(p).limit(new Cypher.Param(neo4j.int(req.limit))),
    new Cypher.Return([Cypher.collect(new Cypher.Map({ nodes: new Cypher.ListComprehension(x).in(Cypher.nodes(p)).map(projectEntity(plan.nodes, x)), steps: steps(p, plan) })), found]),
  );
  const statement = Cypher.utils.concat(
    end(a, req.from),
    end(b, req.to),
    new Cypher.Call(search, [a, b]),
    new Cypher.Return([Cypher.isNotNull(a), 'fromFound'], [Cypher.isNotNull(b), 'toFound'], [found, 'paths']),
  );
  const { cypher, params } = statement.build();
  return { cypher, params };
}

/**
 * `MATCH p = allShortestPaths((a)-[:T*..n]-(b)) WHERE every inner node is allowed` (no WHERE
 * when the walk allows every node: through every kind, imatinib → breast-cancer on the shipped
 * graph read 76 db hits with the test, 49 without, the hand-written floor 38; therapy-0 →
 * cancer-type-129 on the scaled graph 242, 144 and 133). The
 * predicate sits on the MATCH so that Neo4j checks it during the shortest-path search rather
 * than afterwards (the endpoints let through by identity). Written as raw Cypher around
 * compiled parts: cypher-builder 3 has no `allShortestPaths()`, only the GQL `ALL SHORTEST`
 * selector (`Match.allShortest()`), which applies a MATCH's WHERE after choosing the shortest
 * paths. Checked on Neo4j 5.26 and the shipped graph (2026-12-02): from imatinib to 80
 * cancer types through therapies, cancer types and biomarkers only, `ALL SHORTEST
 * (a)-[:T]-{1,4}(b) WHERE <the same test>` found no path to colorectal, liver, pancreatic or
 * thyroid cancer, where this form finds 3 to 6 (the shortest paths overall pass through other
 * kinds and were dropped after the selection).
 */
function allShortest(p: Cypher.PathVariable, a: Cypher.Node, b: Cypher.Node, req: PathsRequest): Cypher.Clause {
  const pattern = new Cypher.Pattern(a).related({ type: walkTypes(req.walk), direction: 'undirected', length: { max: req.maxHops } }).to(b);
  const v = new Cypher.Node();
  const test = allowedNodes(req.walk)(v);
  const inner = test && Cypher.all(v, Cypher.nodes(p), Cypher.or(Cypher.eq(v, a), Cypher.eq(v, b), test));
  return new Cypher.Raw((ctx) => `MATCH ${ctx.compile(p)} = allShortestPaths(${ctx.compile(pattern)})${inner ? `\nWHERE ${ctx.compile(inner)}` : ''}`);
}

/** The steps of path `p`, in order: the nodes each leaves and reaches (when selected), which way, and the fact crossed. */
function steps(p: Cypher.PathVariable, plan: PathsPlan): Cypher.Expr {
  const i = new Cypher.Variable();
  const [from, to, s, o] = [new Cypher.Node(), new Cypher.Node(), new Cypher.Node(), new Cypher.Node()];
  const r = new Cypher.Relationship();
  const read = new Cypher.Unwind([Cypher.range(new Cypher.Literal(0), Cypher.minus(Cypher.length(p), new Cypher.Literal(1))), i])
    .with(
      i,
      [at(Cypher.nodes(p), i), from],
      [at(Cypher.nodes(p), Cypher.plus(i, new Cypher.Literal(1))), to],
      [at(Cypher.relationships(p), i), r],
    )
    .with(i, from, to, r, [Cypher.startNode(r), s], [Cypher.endNode(r), o])
    .orderBy(i)
    .return(
      new Cypher.Map({
        ...(plan.from && { from: projectEntity(plan.from, from) }),
        ...(plan.to && { to: projectEntity(plan.to, to) }),
        forward: Cypher.eq(s, from),
        fact: factExpr(plan.fact, r, s, o),
      }),
    );
  return new Cypher.Collect(read);
}

/** `q` is pathsQuery(req, plan), given when the caller has it already. */
export async function paths(reader: GraphReader, req: PathsRequest, plan: PathsPlan, q: CypherQuery = pathsQuery(req, plan)): Promise<PathsResult> {
  const [row] = await reader.read<{ fromFound: boolean; toFound: boolean; paths: PathRecord[] }>(q.cypher, q.params);
  if (!row?.fromFound || !row.toFound) {
    return { found: false, missing: [...(row?.fromFound ? [] : [req.from]), ...(row?.toFound ? [] : [req.to])] };
  }
  return { found: true, paths: row.paths };
}
