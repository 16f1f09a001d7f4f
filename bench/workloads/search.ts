/**
 * Full-text search for therapies. Both APIs query the seed's `entity_search` index with the
 * same Lucene query: our API builds it from the words typed (src/queries/search), and the
 * @neo4j/graphql client is given that query string as its `phrase`.
 */
import { toLuceneQuery } from '../../src/queries/search/lucene-query.ts';
import type { Page } from '../../src/queries/lists/window.ts';
import { searchEntities, type SearchHit } from '../../src/queries/search/search-entities.ts';
import type { WorkloadContext } from './context.ts';
import { collectIds, type Workload } from './workload.ts';

const FIRST = 50;

export function search(c: WorkloadContext): Workload {
  const lucene = toLuceneQuery(c.searchText)!;
  return {
    id: 'search',
    title: `full-text search "${c.searchText}" (therapies)`,
    ours: {
      query: /* GraphQL */ `query Search($q: String!) {
        search(query: $q, types: [THERAPY], first: ${FIRST}) { totalCount edges { score node { id displayName } } }
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
    floor: (reader) => searchEntities(reader, { lucene, labels: ['Therapy'], window: { size: FIRST, backward: false }, withTotal: true }),
    floorHow: 'searchQuery (src/queries/search), 1 statement',
    idsOfOurs: (d) => collectIds(d),
    idsOfNeo4jGraphql: (d) => collectIds(d),
    idsOfFloor: (page) => (page as Page<SearchHit>).rows.map((r) => r.item.node.id),
  };
}
