/** The neighborhood of a hub at depth 2: up to 50 nodes around it and every fact among them. */
import { neighborhood as readNeighborhood, type NeighborhoodRecord } from '../../src/queries/graph/neighborhood.ts';
import { knowledgeLabels } from '../../src/queries/model/graph-model.ts';
import type { WorkloadContext } from './context.ts';
import { collectIds, type Workload } from './workload.ts';

const LIMIT = 50;

export function neighborhood(c: WorkloadContext): Workload {
  const graph = '{ nodes { id } edges { relationship subject { id } object { id } } truncated }';
  return {
    id: 'neighborhood',
    title: `neighborhood of ${c.hub}, depth 2`,
    ours: {
      query: `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: ${LIMIT}) ${graph} }`,
      variables: { id: c.hub },
    },
    neo4jGraphql: {
      query: `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: ${LIMIT}) ${graph} }`,
      variables: { id: c.hub },
    },
    neo4jGraphqlHow: 'a `@cypher` field written for it (the library generates no traversal of variable depth)',
    floor: (reader) => readNeighborhood(reader, { id: c.hub, depth: 2, labels: knowledgeLabels, limit: LIMIT }),
    floorHow: 'neighborhoodQuery (src/queries/graph), 1 statement',
    idsOfOurs: (d) => collectIds(d),
    idsOfNeo4jGraphql: (d) => collectIds(d),
    idsOfFloor: (answer) => {
      const n = answer as NeighborhoodRecord;
      return [...new Set([...n.nodes.map((x) => x.id), ...n.edges.flatMap((e) => [e.subject.id, e.object.id])])];
    },
  };
}
