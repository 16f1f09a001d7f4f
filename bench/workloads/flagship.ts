/** The flagship: oral therapies for leukemia (subtypes included), first 50, with their routes and cancer types. */
import { relationFields } from '../../src/queries/model/relation-fields.ts';
import { idsOfTherapyPage, therapyPageFloor } from './therapy-page-floor.ts';
import type { WorkloadContext } from './context.ts';
import { collectIds, type Workload } from './workload.ts';

export function flagship(c: WorkloadContext): Workload {
  return {
    id: 'flagship',
    title: `flagship: ${c.route} therapies for ${c.cancerType}`,
    ours: {
      query: /* GraphQL */ `query Flagship($routes: [ID!], $cancerTypes: [ID!]) {
        therapies(filter: { routes: $routes, cancerTypes: $cancerTypes }, first: 50) {
          totalCount edges { node { id name routes { id name } cancerTypes { id name } } }
        }
      }`,
      variables: { routes: [c.route], cancerTypes: [c.cancerType] },
    },
    neo4jGraphql: {
      query: /* GraphQL */ `query Flagship($routes: [ID!]!, $cancerTypes: [ID!]!) {
        therapiesConnection(
          first: 50
          sort: [{ name: ASC }, { id: ASC }]
          where: { routes: { some: { id: { in: $routes } } }, cancerTypes: { some: { id: { in: $cancerTypes } } } }
        ) {
          totalCount edges { node { id name routes { id name } cancerTypes { id name } } }
        }
      }`,
      variables: { routes: [c.route], cancerTypes: c.cancerTypeAndSubtypes },
    },
    neo4jGraphqlHow: `generated \`therapiesConnection\` with \`some\` filters; the ${c.cancerTypeAndSubtypes.length} ids of ${c.cancerType} and its subtypes expanded client-side beforehand`,
    floor: (reader) =>
      therapyPageFloor(reader, {
        filter: { routes: [c.route], cancerTypes: [c.cancerType] },
        size: 50,
        withTotal: true,
        relations: [relationFields.Therapy.routes, relationFields.Therapy.cancerTypes],
        citations: false,
      }),
    floorHow: 'listQuery + relatedFactsQuery for both relationships (src/queries), 2 statements as the API sends them',
    idsOfOurs: (d) => collectIds(d),
    idsOfNeo4jGraphql: (d) => collectIds(d),
    idsOfFloor: idsOfTherapyPage,
  };
}
