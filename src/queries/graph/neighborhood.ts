import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { CypherQuery } from '../cypher-query.ts';
import type { EntityRecord } from '../../model/records.ts';
import { entityProjection, toEntityRecord } from '../entities/entity-record.ts';
import { citationIds, type FactRecord } from '../entities/fact-record.ts';
import { allowedNode, relationshipTypes, walkParams, type WalkFilter } from './walk-filter.ts';

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
 * induced subgraph.
 *
 * A citation has no fact relationships: its first step is to what it backs (the entities
 * whose own attributes cite it and both ends of the facts citing it, as `Citation.citedBy`,
 * `supports` and `export --from` have it), which reads every entity and fact once (a list
 * property has no index); the walk goes on from there along facts.
 */
export function neighborhoodQuery(req: NeighborhoodRequest): CypherQuery {
  if (!Number.isInteger(req.depth) || req.depth < 1 || req.depth > MAX_NEIGHBORHOOD_DEPTH) {
    throw new RangeError(`neighborhood depth must be 1 to ${MAX_NEIGHBORHOOD_DEPTH}, got ${req.depth}`);
  }
  return {
    cypher: `
MATCH (c:Entity {id: $id})
CALL (c) {
  CALL (c) {
    WITH c WHERE NOT c:Citation
    RETURN c AS start, 0 AS step
    UNION
    WITH c WHERE c:Citation
    MATCH (b:Entity) WHERE c.id IN b.citations
    RETURN b AS start, 1 AS step
    UNION
    WITH c WHERE c:Citation
    MATCH (s:Entity)-[r:${relationshipTypes(req.walk)}]->(o:Entity) WHERE c.id IN r.citations
    UNWIND [s, o] AS b
    RETURN b AS start, 1 AS step
  }
  MATCH p = (start)-[:${relationshipTypes(req.walk)}*0..${req.depth}]-(x:Entity)
  WHERE x <> c AND step + length(p) <= $depth AND all(v IN nodes(p)[(1 - step)..] WHERE ${allowedNode('v')})
  WITH x, min(step + length(p)) AS distance
  ORDER BY distance, toLower(coalesce(x.name, x.title, x.text, x.id)), x.id
  LIMIT $limitPlusOne
  RETURN collect(x) AS found
}
WITH c, found[0..$limit] AS around, size(found) > $limit AS truncated
WITH c, around, truncated, [c] + around AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r:${relationshipTypes(req.walk)}]->(b)
  WHERE b IN members
  WITH r, a, b ORDER BY type(r), a.id, b.id
  RETURN collect({relationship: type(r), subject: a.id, object: b.id, properties: properties(r)}) AS edges
}
RETURN ${entityProjection('c')} AS center, [x IN around | ${entityProjection('x')}] AS around, edges, truncated`,
    params: { id: req.id, depth: neo4j.int(req.depth), ...walkParams(req.walk), limit: neo4j.int(req.limit), limitPlusOne: neo4j.int(req.limit + 1) },
  };
}

interface RawEdge {
  relationship: FactRecord['relationship'];
  subject: string;
  object: string;
  properties: Record<string, unknown>;
}

/** The neighborhood, or undefined when no node has the id. */
export async function neighborhood(reader: GraphReader, req: NeighborhoodRequest): Promise<NeighborhoodRecord | undefined> {
  const q = neighborhoodQuery(req);
  const [row] = await reader.read<{ center: unknown; around: unknown[]; edges: RawEdge[]; truncated: boolean }>(q.cypher, q.params);
  if (!row) return undefined;
  const center = toEntityRecord(row.center);
  const nodes = [center, ...row.around.map(toEntityRecord)];
  // Both ends of every edge are among the nodes: edges carry ids only, to keep the answer small.
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = row.edges.map(
    (e): FactRecord => ({
      relationship: e.relationship,
      subject: byId.get(e.subject)!,
      object: byId.get(e.object)!,
      citationIds: citationIds(e.properties),
      properties: e.properties,
    }),
  );
  return { center, nodes, edges, truncated: row.truncated };
}
