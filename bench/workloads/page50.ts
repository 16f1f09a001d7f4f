/** A page of 50 therapies with their routes, cancer types and targets, and the citations behind each of those facts. */
import { relationFields } from '../../src/queries/model/relation-fields.ts';
import { idsOfTherapyPage, therapyPageFloor } from './therapy-page-floor.ts';
import { collectIds, type Workload } from './workload.ts';

const fact = '{ object { id displayName } citations { id title } }';
const edge = '{ edges { properties { citations } node { id name } } }';

export function page50(): Workload {
  const r = relationFields.Therapy;
  return {
    id: 'page50',
    title: 'page of 50 therapies with cited facts',
    ours: {
      query: /* GraphQL */ `query Page50 {
        therapies(first: 50) { edges { node { id name routeFacts ${fact} cancerTypeFacts ${fact} targetFacts ${fact} } } }
      }`,
    },
    neo4jGraphql: {
      query: /* GraphQL */ `query Page50 {
        therapiesConnection(first: 50, sort: [{ name: ASC }, { id: ASC }]) {
          edges { node { id name routesConnection ${edge} cancerTypesConnection ${edge} targetsConnection ${edge} } }
        }
      }`,
    },
    neo4jGraphqlHow:
      'generated `therapiesConnection` with relationship `…Connection` fields; a fact\'s citations are the ids on its relationship (the library cannot join them to Citation nodes, so it returns less than our API, which also reads each citation\'s title)',
    floor: (reader) =>
      therapyPageFloor(reader, { filter: null, size: 50, withTotal: false, relations: [r.routes, r.cancerTypes, r.targets], citations: true }),
    floorHow: 'listQuery + relatedFactsQuery for the three relationships + entitiesByIdQuery (src/queries), 3 statements as the API sends them',
    idsOfOurs: (d) => collectIds(d),
    idsOfNeo4jGraphql: (d) => collectIds(d),
    idsOfFloor: idsOfTherapyPage,
  };
}
