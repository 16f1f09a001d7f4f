/**
 * Full-text search for therapies. All three query the seed's `entity_search` index with the
 * same Lucene query: our API builds it from the words typed (src/queries/search), and the
 * @neo4j/graphql client and the floor are given that query string.
 */
import neo4j from 'neo4j-driver';
import { toLuceneQuery } from '../../src/queries/search/lucene-query.ts';
import { field, pageOfRows } from './answer.ts';
import type { WorkloadContext } from './context.ts';
import type { Workload } from './workload.ts';

const FIRST = 50;

/** By hand: the index's hits that are therapies, best first (ties by id), counted, the first page kept. */
const FLOOR = /* Cypher */ `
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE node:Therapy
WITH node, score ORDER BY score DESC, node.id
WITH collect({id: node.id, name: node.name, score: score}) AS hits
RETURN size(hits) AS totalCount, hits[0..$first] AS hits`;

interface Hit {
  id: string;
  name: string;
  score: number;
}

/**
 * The total and the hits best first; hits of equal score by id, which is our API's order:
 * @neo4j/graphql leaves the order of ties to the index.
 */
function answer(totalCount: unknown, hits: Hit[]) {
  const byScoreThenId = (a: Hit, b: Hit) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return pageOfRows(totalCount, [...hits].sort(byScoreThenId));
}

function answerOfConnection(connection: unknown) {
  const edges = (connection as { edges: { score: number; node: { id: string; name: string } }[] }).edges;
  return answer(field(connection, 'totalCount'), edges.map((e) => ({ ...e.node, score: e.score })));
}

export function search(c: WorkloadContext): Workload {
  const lucene = toLuceneQuery(c.searchText)!;
  return {
    id: 'search',
    title: `full-text search "${c.searchText}" (therapies)`,
    ours: {
      query: /* GraphQL */ `query Search($q: String!) {
        search(query: $q, types: [THERAPY], first: ${FIRST}) { totalCount edges { score node { id ... on Therapy { name } } } }
      }`,
      variables: { q: c.searchText },
    },
    neo4jGraphql: {
      query: /* GraphQL */ `query Search($phrase: String!) {
        searchTherapies(phrase: $phrase, first: ${FIRST}) { totalCount edges { score node { id name } } }
      }`,
      variables: { phrase: lucene },
    },
    neo4jGraphqlHow: '`@fulltext` query on Therapy over the same `entity_search` index, given the same Lucene query',
    floor: { cypher: FLOOR, params: { lucene, first: neo4j.int(FIRST) } },
    answerOfOurs: (d) => answerOfConnection(field(d, 'search')),
    answerOfNeo4jGraphql: (d) => answerOfConnection(field(d, 'searchTherapies')),
    answerOfFloor: ([row]) => answer(row!.totalCount, row!.hits as Hit[]),
  };
}
