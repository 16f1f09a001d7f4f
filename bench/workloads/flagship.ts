/** The flagship: oral therapies for leukemia (subtypes included), first 50, with their routes and cancer types. */
import neo4j from 'neo4j-driver';
import { field, pageOf, pageOfRows } from './answer.ts';
import type { WorkloadContext } from './context.ts';
import type { Workload } from './workload.ts';

const FIRST = 50;

/**
 * By hand: the cancer type's subtree (one index seek, then down SUBTYPE_OF), the therapies
 * used for any of it, kept when given by one of the routes; sorted by name ignoring case
 * (then id), counted, and the first page projected with its two lists.
 */
const FLOOR = /* Cypher */ `
MATCH (root:Entity {id: $cancerType})<-[:SUBTYPE_OF*0..]-(ct:CancerType)
WHERE root:CancerType
WITH DISTINCT ct
MATCH (ct)<-[:USED_FOR]-(t:Therapy)
WITH DISTINCT t
WHERE EXISTS { MATCH (t)-[:ADMINISTERED_VIA]->(r:DeliveryRoute) WHERE r.id IN $routes }
WITH t ORDER BY toLower(t.name), t.id
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
