/**
 * A page of 50 therapies (by name) with their routes, cancer types and targets as facts:
 * the far end and the citations behind each. Our API and the floor also read each
 * citation's title; @neo4j/graphql cannot join the citation ids a relationship stores to
 * Citation nodes, so the answers are compared on what all three return: the far ends' ids
 * and names and the citation ids.
 */
import neo4j from 'neo4j-driver';
import { field, nodesOf, pageOfRows } from './answer.ts';
import type { Workload } from './workload.ts';

const FIRST = 50;
/** GraphQL list field → relationship type and far label, for the floor's Cypher and the answers. */
const FACTS = {
  routeFacts: { connection: 'routesConnection', pattern: '-[f:ADMINISTERED_VIA]->(o:DeliveryRoute)' },
  cancerTypeFacts: { connection: 'cancerTypesConnection', pattern: '-[f:USED_FOR]->(o:CancerType)' },
  targetFacts: { connection: 'targetsConnection', pattern: '-[f:TARGETS]->(o:Biomarker)' },
} as const;
type FactField = keyof typeof FACTS;
const FACT_FIELDS = Object.keys(FACTS) as FactField[];

/**
 * By hand: the first 50 therapies by name, each fact with its far end and the citations
 * its relationship names, found by the Entity.id index.
 */
const FLOOR = /* Cypher */ `
MATCH (t:Therapy)
WITH t ORDER BY toLower(t.name), t.id LIMIT $first
RETURN t.id AS id, t.name AS name,
${FACT_FIELDS.map(
  (f) => `  COLLECT { MATCH (t)${FACTS[f].pattern}
    RETURN {object: o {.id, .name}, citations: COLLECT { MATCH (c:Entity) WHERE c.id IN f.citations RETURN c {.id, .title} }} } AS ${f}`,
).join(',\n')}`;

interface Fact {
  object: { id: string; name: string };
  citations: string[];
}

export function facts50(): Workload {
  const fact = '{ object { id displayName } citations { id title } }';
  const edge = '{ edges { properties { citations } node { id name } } }';
  const answer = (therapies: Record<string, unknown>[], factsOf: (t: Record<string, unknown>, f: FactField) => Fact[]) =>
    pageOfRows(undefined, therapies.map((t) => ({ id: t.id, name: t.name, ...Object.fromEntries(FACT_FIELDS.map((f) => [f, factsOf(t, f)])) })));
  const titled = (facts: unknown): Fact[] =>
    (facts as { object: Record<string, string>; citations: { id: string }[] }[]).map((x) => ({
      object: { id: x.object.id!, name: x.object.displayName ?? x.object.name! },
      citations: x.citations.map((c) => c.id),
    }));
  return {
    id: 'facts50',
    title: 'page of 50 therapies with cited facts',
    ours: {
      query: /* GraphQL */ `query Facts50 {
        therapies(first: ${FIRST}) { edges { node { id name ${FACT_FIELDS.map((f) => `${f} ${fact}`).join(' ')} } } }
      }`,
    },
    neo4jGraphql: {
      query: /* GraphQL */ `query Facts50 {
        therapiesConnection(first: ${FIRST}, sort: [{ name: ASC }, { id: ASC }]) {
          edges { node { id name ${FACT_FIELDS.map((f) => `${FACTS[f].connection} ${edge}`).join(' ')} } }
        }
      }`,
    },
    neo4jGraphqlHow:
      "generated `therapiesConnection` with relationship `…Connection` fields; a fact's citations are the ids on its relationship (the library cannot join them to Citation nodes, so it returns less than our API and the floor, which also read each citation's title)",
    floor: { cypher: FLOOR, params: { first: neo4j.int(FIRST) } },
    answerOfOurs: (d) => answer(nodesOf(field(d, 'therapies')), (t, f) => titled(t[f])),
    answerOfNeo4jGraphql: (d) =>
      answer(nodesOf(field(d, 'therapiesConnection')), (t, f) =>
        (t[FACTS[f].connection] as { edges: { properties: { citations: string[] }; node: { id: string; name: string } }[] }).edges.map((e) => ({
          object: e.node,
          citations: e.properties.citations,
        })),
      ),
    answerOfFloor: (rows) => answer(rows, (t, f) => titled(t[f])),
  };
}
