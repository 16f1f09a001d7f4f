/**
 * The mixed workload of the load scenario: what a client of this API does most, in the
 * proportions of one pass through the list (autocannon's connections cycle through it).
 */
import { FLAGSHIP } from './http.ts';

export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const PAGE_WITH_RELATIONSHIPS = /* GraphQL */ `
  query Page($after: String) {
    therapies(first: 50, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id name kind aliases
          routes { id name }
          cancerTypes { id name }
          targets { id name }
          mechanisms { id name }
          precautions { id name }
          treatmentTypes { id name }
          schedules { id name }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const SEARCH = /* GraphQL */ `
  query Search($q: String!) {
    search(query: $q, first: 20) {
      totalCount
      edges { score node { __typename id displayName } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const NEIGHBORHOOD = /* GraphQL */ `
  query Around($id: ID!) {
    neighborhood(id: $id, depth: 2, limit: 50) {
      center { id displayName }
      nodes { __typename id displayName }
      edges { relationship subject { id } object { id } citations { id } }
      truncated
    }
  }
`;

const PROVENANCE = /* GraphQL */ `
  query Provenance($id: ID!) {
    therapy(id: $id) {
      id name
      citations { id title url status }
      routeFacts { relationship subject { id } object { id } citations { id title url } }
      cancerTypeFacts { relationship subject { id } object { id } citations { id title url } }
      targetFacts { relationship subject { id } object { id } citations { id title url } }
      claims(first: 20) {
        edges { node { id text kind support { citation { id title } section excerpt } } }
      }
    }
  }
`;

export const MIXED_WORKLOAD: Operation[] = [
  { name: 'flagship', query: FLAGSHIP },
  { name: 'page-of-50', query: PAGE_WITH_RELATIONSHIPS },
  { name: 'search', query: SEARCH, variables: { q: 'kinase inhibitor' } },
  { name: 'neighborhood', query: NEIGHBORHOOD, variables: { id: 'imatinib' } },
  { name: 'provenance', query: PROVENANCE, variables: { id: 'imatinib' } },
  { name: 'search-brand', query: SEARCH, variables: { q: 'Gleevec' } },
  { name: 'neighborhood-cancer', query: NEIGHBORHOOD, variables: { id: 'leukemia' } },
  { name: 'provenance-her2', query: PROVENANCE, variables: { id: 'trastuzumab' } },
];
