import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { CypherQuery } from '../cypher-query.ts';
import type { EntityRecord } from '../../model/records.ts';
import { entityProjection, toEntityRecord } from '../entities/entity-record.ts';
import { citationIds, type FactRecord } from '../entities/fact-record.ts';
import { allowedNode, relationshipTypes, walkParams, type WalkFilter } from './walk-filter.ts';

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
  readonly from: EntityRecord;
  readonly to: EntityRecord;
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
 * `maxHops` steps, along the relationships and through the nodes the walk allows. Also tells
 * which endpoint ids do not exist, so that an unknown id is not mistaken for "no path".
 * The node predicate is written over every node of the path (the endpoints let through by
 * identity) so that Neo4j checks it during the shortest-path search rather than afterwards.
 */
export function pathsQuery(req: PathsRequest): CypherQuery {
  if (!Number.isInteger(req.maxHops) || req.maxHops < 1 || req.maxHops > MAX_PATH_HOPS) {
    throw new RangeError(`paths maxHops must be 1 to ${MAX_PATH_HOPS}, got ${req.maxHops}`);
  }
  return {
    cypher: `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = allShortestPaths((a)-[:${relationshipTypes(req.walk)}*..${req.maxHops}]-(b))
  WHERE all(x IN nodes(p) WHERE x = a OR x = b OR ${allowedNode('x')})
  WITH p LIMIT $limit
  RETURN collect({
    nodes: [x IN nodes(p) | ${entityProjection('x')}],
    rels: [r IN relationships(p) | {relationship: type(r), start: startNode(r).id, properties: properties(r)}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths`,
    params: { from: req.from, to: req.to, limit: neo4j.int(req.limit), ...walkParams(req.walk) },
  };
}

interface RawPath {
  nodes: unknown[];
  rels: { relationship: FactRecord['relationship']; start: string; properties: Record<string, unknown> }[];
}

export async function paths(reader: GraphReader, req: PathsRequest): Promise<PathsResult> {
  const q = pathsQuery(req);
  const [row] = await reader.read<{ fromFound: boolean; toFound: boolean; paths: RawPath[] }>(q.cypher, q.params);
  if (!row?.fromFound || !row.toFound) {
    return { found: false, missing: [...(row?.fromFound ? [] : [req.from]), ...(row?.toFound ? [] : [req.to])] };
  }
  return { found: true, paths: row.paths.map(toPathRecord) };
}

/** Steps go from nodes[i] to nodes[i + 1]; a relationship stored the other way is walked backward. */
function toPathRecord(raw: RawPath): PathRecord {
  const nodes = raw.nodes.map(toEntityRecord);
  const steps = raw.rels.map((rel, i): PathStepRecord => {
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    const forward = rel.start === from.id;
    return {
      from,
      to,
      forward,
      fact: {
        relationship: rel.relationship,
        subject: forward ? from : to,
        object: forward ? to : from,
        citationIds: citationIds(rel.properties),
        properties: rel.properties,
      },
    };
  });
  return { nodes, steps };
}
