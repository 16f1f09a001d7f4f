/** The flagship: oral therapies for leukemia (subtypes included), first 50, with their routes and cancer types. */
import neo4j from 'neo4j-driver';
import { field, pageOf, pageOfRows } from './answer.ts';
import type { WorkloadContext } from './context.ts';
import type { Workload } from './workload.ts';

const FIRST = 50;

/**
 * By hand: two sets of therapies joined on the therapy (a hash join): those used for any
 * cancer type in the subtree (one index seek, then down SUBTYPE_OF) and those given by one
 * of the routes (one index seek per route, then in along ADMINISTERED_VIA, which a dense
 * route node stores by type); sorted by name ignoring case (then id), counted, and the
 * first page projected with its two lists. On the scaled graph the join reads a third of
 * the db hits of testing the route of every therapy of the subtree.
 */
const FLOOR = /* Cypher */ `
MATCH (root:Entity {id: $cancerType})<-[:SUBTYPE_OF*0..]-(:CancerType)<-[:USED_FOR]-(t:Therapy)-[:ADMINISTERED_VIA]->(r:Entity)
USING JOIN ON t
WHERE root:CancerType AND r.id IN $routes AND r:DeliveryRoute
WITH DISTINCT t
ORDER BY toLower(t.name), t.id
WITH collect(t) AS matched
RETURN size(matched) AS totalCount, [t IN matched[0..$first] | t {
  .id, .name,
  routes: [(t)-[:ADMINISTERED_VIA]->(r:DeliveryRoute) | r {.id, .name}],
  cancerTypes: [(t)-[:USED_FOR]->(c:CancerType) | c {.id, .name}]
}] AS therapies`;

export function flagship(c: WorkloadContext): Workload {
  const selection = 'totalCount edges { node { id name routes { id name } cancerTypes { id name } } }';
  return {
    id: 'flagship',
    title: `flagship: ${c.route} therapies for ${c.cancerType}`,
    ours: {
      query: /* GraphQL */ `query Flagship($routes: [ID!], $cancerTypes: [ID!]) {
        therapies(filter: { routes: $routes, cancerTypes: $cancerTypes }, first: ${FIRST}) { ${selection} }
      }`,
      variables: { routes: [c.route], cancerTypes: [c.cancerType] },
    },
    neo4jGraphql: {
      query: /* GraphQL */ `query Flagship($routes: [ID!]!, $cancerTypes: [ID!]!) {
        therapiesConnection(
          first: ${FIRST}
          sort: [{ name: ASC }, { id: ASC }]
          where: { routes: { some: { id: { in: $routes } } }, cancerTypes: { some: { id: { in: $cancerTypes } } } }
        ) { ${selection} }
      }`,
      variables: { routes: [c.route], cancerTypes: c.cancerTypeAndSubtypes },
    },
    neo4jGraphqlHow: `generated \`therapiesConnection\` with \`some\` filters; the ${c.cancerTypeAndSubtypes.length} ids of ${c.cancerType} and its subtypes expanded client-side beforehand`,
    floor: { cypher: FLOOR, params: { cancerType: c.cancerType, routes: [c.route], first: neo4j.int(FIRST) } },
    answerOfOurs: (d) => pageOf(field(d, 'therapies')),
    answerOfNeo4jGraphql: (d) => pageOf(field(d, 'therapiesConnection')),
    answerOfFloor: ([row]) => pageOfRows(row!.totalCount, row!.therapies as unknown[]),
  };
}
