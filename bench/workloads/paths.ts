/** All shortest paths (up to 4 steps, at most 100) between a therapy and a cancer type. */
import { paths as readPaths, type PathsResult } from '../../src/queries/graph/paths.ts';
import type { WorkloadContext } from './context.ts';
import { collectIds, type Workload } from './workload.ts';

const LIMIT = 100;

export function paths(c: WorkloadContext): Workload {
  const variables = { from: c.therapy, to: c.pathTarget };
  return {
    id: 'paths',
    title: `shortest paths ${c.therapy} → ${c.pathTarget}`,
    ours: {
      query: /* GraphQL */ `query Paths($from: ID!, $to: ID!) {
        paths(from: $from, to: $to, maxHops: 4, limit: ${LIMIT}) { length nodes { id } steps { direction fact { relationship } } }
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
    floor: (reader) => readPaths(reader, { ...variables, maxHops: 4, limit: LIMIT }),
    floorHow: 'pathsQuery (src/queries/graph), 1 statement',
    idsOfOurs: (d) => collectIds(d),
    idsOfNeo4jGraphql: (d) => collectIds(d),
    idsOfFloor: (answer) => {
      const r = answer as PathsResult;
      return r.found ? [...new Set(r.paths.flatMap((p) => p.nodes.map((n) => n.id)))] : [];
    },
  };
}
