/**
 * What a client of @neo4j/graphql has to do for "used for leukemia" to include therapies
 * used for its subtypes: the library filters on the ids it is given, so the client walks the
 * subtype tree first (one generated `cancerTypes` query per level) and sends every id. Done
 * once before timing, as a client would cache it; the timed request carries the list.
 */
import { fetchGraphQL } from '../graphql-client.ts';

const CHILDREN = /* GraphQL */ `
  query Children($ids: [ID!]!) {
    cancerTypes(where: { subtypeOf: { some: { id: { in: $ids } } } }) { id }
  }
`;

export async function expandSubtypes(neo4jGraphqlUrl: string, rootIds: string[], maxDepth = 20): Promise<string[]> {
  const all = new Set(rootIds);
  let frontier = rootIds;
  for (let depth = 0; frontier.length > 0 && depth < maxDepth; depth++) {
    const data = (await fetchGraphQL(neo4jGraphqlUrl, { query: CHILDREN, variables: { ids: frontier } })) as { cancerTypes: { id: string }[] };
    frontier = data.cancerTypes.map((c) => c.id).filter((id) => !all.has(id));
    for (const id of frontier) all.add(id);
  }
  return [...all].sort();
}
