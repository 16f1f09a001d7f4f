/** The page: 50 therapies by id, with their routes, cancer types and targets (id, name). */
import neo4j from 'neo4j-driver';
import { field, pageOf, pageOfRows } from './answer.ts';
import type { Workload } from './workload.ts';

const FIRST = 50;

/** By hand: the first 50 therapies by id, each with its three lists projected in place. */
const FLOOR = /* Cypher */ `
MATCH (t:Therapy)
WITH t ORDER BY t.id LIMIT $first
RETURN t.id AS id, t.name AS name,
  [(t)-[:ADMINISTERED_VIA]->(r:DeliveryRoute) | r {.id, .name}] AS routes,
  [(t)-[:USED_FOR]->(c:CancerType) | c {.id, .name}] AS cancerTypes,
  [(t)-[:TARGETS]->(b:Biomarker) | b {.id, .name}] AS targets`;

export function page50(): Workload {
  const node = '{ id name routes { id name } cancerTypes { id name } targets { id name } }';
  return {
    id: 'page50',
    title: 'page of 50 therapies by id with routes, cancer types, targets',
    ours: {
      query: /* GraphQL */ `query Page50 { therapies(first: ${FIRST}, sort: { field: ID }) { edges { node ${node} } } }`,
    },
    neo4jGraphql: {
      query: /* GraphQL */ `query Page50 { therapiesConnection(first: ${FIRST}, sort: [{ id: ASC }]) { edges { node ${node} } } }`,
    },
    neo4jGraphqlHow: 'generated `therapiesConnection` sorted by id, with the three relationship lists',
    floor: { cypher: FLOOR, params: { first: neo4j.int(FIRST) } },
    answerOfOurs: (d) => pageOf(field(d, 'therapies')),
    answerOfNeo4jGraphql: (d) => pageOf(field(d, 'therapiesConnection')),
    answerOfFloor: (rows) => pageOfRows(undefined, rows),
  };
}
