/** The provenance of one therapy: its sources, every fact about it with its citations, the claims about it with theirs. */
import type { GraphReader } from '../../src/neo4j/graph-reader.ts';
import { entitiesById } from '../../src/queries/entities/entities-by-id.ts';
import { relationFields } from '../../src/queries/model/relation-fields.ts';
import { provenance as readProvenance } from '../../src/queries/provenance/provenance.ts';
import { relatedFacts } from '../../src/queries/relations/related-facts.ts';
import type { WorkloadContext } from './context.ts';
import { collectIds, type Workload } from './workload.ts';

const facts = (field: string) => `${field} { edges { properties { citations } node { id } } }`;

export function provenance(c: WorkloadContext): Workload {
  return {
    id: 'provenance',
    title: `provenance of ${c.therapy}`,
    ours: {
      query: /* GraphQL */ `query Provenance($id: ID!) {
        provenance(id: $id) {
          node { id displayName }
          citations { id title }
          factGroups { relationship direction facts { subject { id } object { id } citations { id title } } }
          claims { id text support { citation { id title } section excerpt } }
        }
      }`,
      variables: { id: c.therapy },
    },
    neo4jGraphql: {
      query: /* GraphQL */ `query Provenance($id: ID!) {
        therapies(where: { id: { eq: $id } }) {
          id name
          sources { id title }
          ${['routesConnection', 'cancerTypesConnection', 'targetsConnection', 'mechanismsConnection', 'precautionsConnection', 'treatmentTypesConnection', 'schedulesConnection'].map(facts).join('\n          ')}
          claims { id text supportConnection { edges { properties { section excerpt } node { id title } } } }
        }
      }`,
      variables: { id: c.therapy },
    },
    neo4jGraphqlHow:
      'generated `therapies` with every relationship as a `…Connection` (citation ids from its properties) and the claims; the entity\'s own citations through a `@cypher` field',
    floor: (reader) => provenanceFloor(reader, c.therapy),
    floorHow: 'provenanceQuery, then entitiesByIdQuery + relatedFactsQuery in parallel (src/queries), 3 statements as the API sends them',
    idsOfOurs: (d) => collectIds(d),
    idsOfNeo4jGraphql: (d) => collectIds(d),
    idsOfFloor: (ids) => ids as string[],
  };
}

/** One statement for the node, its facts and claims; then the citations and the claims' support together. */
async function provenanceFloor(reader: GraphReader, id: string): Promise<string[]> {
  const p = await readProvenance(reader, id);
  if (!p) return [];
  const facts = p.factGroups.flatMap((g) => g.facts);
  const citationIds = [...new Set([...((p.node.citations as string[] | undefined) ?? []), ...facts.flatMap((f) => f.citationIds)])];
  const claimIds = p.claims.map((c) => c.id);
  const [citations, support] = await Promise.all([
    entitiesById(reader, citationIds),
    relatedFacts(reader, [{ traversal: relationFields.Claim.support, parentIds: claimIds }]).then(([byClaim]) => byClaim!),
  ]);
  return [
    ...new Set([
      p.node.id,
      ...citations.keys(),
      ...facts.flatMap((f) => [f.subject.id, f.object.id]),
      ...claimIds,
      ...[...support.values()].flat().map((l) => l.far.id),
    ]),
  ];
}
