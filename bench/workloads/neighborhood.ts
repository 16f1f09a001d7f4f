/** The neighborhood of a hub at depth 2: up to 50 nodes around it and every fact among them. */
import neo4j from 'neo4j-driver';
import { field, idSet } from './answer.ts';
import type { WorkloadContext } from './context.ts';
import { FACT_TYPES } from './fact-types.ts';
import type { Workload } from './workload.ts';

const LIMIT = 50;

/**
 * By hand: the nodes within two fact relationships, nearest first then by name (ties by
 * id), 50 kept, and the facts among the hub and those 50, as ids.
 */
const FLOOR = /* Cypher */ `
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH p = (c)-[:${FACT_TYPES}*1..2]-(x:Entity)
  WHERE x <> c
  WITH x, min(length(p)) AS distance
  ORDER BY distance, toLower(coalesce(x.name, x.title, x.text, x.id)), x.id
  LIMIT $limit + 1
  RETURN collect(x) AS found
}
WITH [c] + found[0..$limit] AS members, size(found) > $limit AS truncated
RETURN [m IN members | m.id] AS nodes, truncated,
  COLLECT { UNWIND members AS a MATCH (a)-[r:${FACT_TYPES}]->(b) WHERE b IN members RETURN a.id + ' ' + type(r) + ' ' + b.id } AS edges`;

interface Graph {
  nodes: { id: string }[];
  edges: { relationship: string; subject: { id: string }; object: { id: string } }[];
  truncated: boolean;
}

/** Nodes and facts as sets (the API lists them nearest first; the comparison is of what is there). */
function answer(nodes: string[], edges: string[], truncated: boolean) {
  return { nodes: idSet(nodes), edges: idSet(edges), truncated };
}

function answerOfGraph(g: Graph) {
  return answer(
    g.nodes.map((n) => n.id),
    g.edges.map((e) => `${e.subject.id} ${e.relationship} ${e.object.id}`),
    g.truncated,
  );
}

export function neighborhood(c: WorkloadContext): Workload {
  const request = {
    query: `query Neighborhood($id: ID!) {
      neighborhood(id: $id, depth: 2, limit: ${LIMIT}) { nodes { id } edges { relationship subject { id } object { id } } truncated }
    }`,
    variables: { id: c.hub },
  };
  return {
    id: 'neighborhood',
    title: `neighborhood of ${c.hub}, depth 2`,
    ours: request,
    neo4jGraphql: request,
    neo4jGraphqlHow: 'a `@cypher` field written for it (the library generates no traversal of variable depth)',
    floor: { cypher: FLOOR, params: { id: c.hub, limit: neo4j.int(LIMIT) } },
    answerOfOurs: (d) => answerOfGraph(field(d, 'neighborhood') as Graph),
    answerOfNeo4jGraphql: (d) => answerOfGraph(field(d, 'neighborhood') as Graph),
    answerOfFloor: ([row]) => answer(row!.nodes as string[], row!.edges as string[], row!.truncated as boolean),
  };
}
