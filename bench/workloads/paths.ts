/** All shortest paths (up to 4 steps, at most 100) between a therapy and a cancer type. */
import neo4j from 'neo4j-driver';
import { field, idSet } from './answer.ts';
import type { WorkloadContext } from './context.ts';
import { FACT_TYPES } from './fact-types.ts';
import type { Workload } from './workload.ts';

const LIMIT = 100;
/** Through every kind, as the floor and the @cypher field walk (the API's default avoids the vocabulary hubs). */
const EVERY_KIND = 'THERAPY, CANCER_TYPE, DELIVERY_ROUTE, TREATMENT_GOAL, MECHANISM, BIOMARKER, SAFETY_PRECAUTION, SCHEDULE, TREATMENT_TYPE, INDICATION';

/** By hand: both ends by the Entity.id index, allShortestPaths between them, ids and types only. */
const FLOOR = /* Cypher */ `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:${FACT_TYPES}*..4]-(b))
WITH p LIMIT $limit
RETURN [x IN nodes(p) | x.id] AS nodes, [r IN relationships(p) | type(r)] AS relationships`;

/** A path as one line, "a REL b REL c"; the paths as a set (their order is not part of the answer). */
function line(nodes: string[], relationships: string[]): string {
  return nodes.map((n, i) => (i < relationships.length ? `${n} ${relationships[i]}` : n)).join(' ');
}

export function paths(c: WorkloadContext): Workload {
  const variables = { from: c.therapy, to: c.pathTarget };
  type Path = { nodes: { id: string }[] };
  const ids = (p: Path) => p.nodes.map((n) => n.id);
  return {
    id: 'paths',
    title: `shortest paths ${c.therapy} → ${c.pathTarget}`,
    ours: {
      query: /* GraphQL */ `query Paths($from: ID!, $to: ID!) {
        paths(from: $from, to: $to, maxHops: 4, limit: ${LIMIT}, types: [${EVERY_KIND}]) { length nodes { id } steps { direction fact { relationship } } }
      }`,
      variables,
    },
    neo4jGraphql: {
      query: /* GraphQL */ `query Paths($from: ID!, $to: ID!) {
        shortestPaths(from: $from, to: $to, limit: ${LIMIT}) { length nodes { id } relationships }
      }`,
      variables,
    },
    neo4jGraphqlHow: 'a `@cypher` field written for it, with `allShortestPaths` up to 4 steps (the library has no path operation)',
    floor: { cypher: FLOOR, params: { ...variables, limit: neo4j.int(LIMIT) } },
    answerOfOurs: (d) =>
      idSet((field(d, 'paths') as (Path & { steps: { fact: { relationship: string } }[] })[]).map((p) => line(ids(p), p.steps.map((s) => s.fact.relationship)))),
    answerOfNeo4jGraphql: (d) => idSet((field(d, 'shortestPaths') as (Path & { relationships: string[] })[]).map((p) => line(ids(p), p.relationships))),
    answerOfFloor: (rows) => idSet(rows.map((r) => line(r.nodes as string[], r.relationships as string[]))),
  };
}
