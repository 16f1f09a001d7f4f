/**
 * Indications on the real Neo4j: a therapy's approved uses with their cancer type,
 * biomarkers, partners, settings and goal; the therapy filters by goal and setting; a cancer
 * type's indications with its subtypes'; the biomarkers that define subtypes. Expected values
 * come from the shipped seed, read through the seed pipeline, never typed in by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { SeedGraph } from '../../src/seed/graph.ts';
import { prepareSeed } from '../../src/seed/prepare.ts';
import { allPages, type Page } from './support/all-pages.ts';
import { useApi } from './support/api.ts';

const THERAPY_INDICATIONS = `query($id: ID!) {
  therapy(id: $id) {
    indications {
      id settings cancerType { id } biomarkers { id } combinedWith { id } goal { id }
      citations { id kind } therapy { id } goalFact { citations { id } }
    }
  }
}`;
const THERAPIES = `query($filter: TherapyFilter, $after: String) {
  therapies(first: 100, after: $after, filter: $filter) { edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;
const CANCER_TYPE_INDICATIONS = `query($id: ID!, $sub: Boolean!) {
  cancerType(id: $id) { indications(first: 100, includeSubtypes: $sub) { totalCount edges { node { id } } } }
}`;
const DEFINED = `query($id: ID!) { biomarker(id: $id) { cancerTypes(first: 50) { edges { node { id biomarkers { id } } } } } }`;
const LOOKUP = `query($id: ID!) { indication(id: $id) { id name } node(id: $id) { __typename id } }`;

type Rel = SeedGraph['relationships'][number];

describe('indications', () => {
  const api = useApi();
  let seed: SeedGraph;
  const rels = (type: string, pick: (r: Rel) => boolean = () => true) => seed.relationships.filter((r) => r.type === type && pick(r));
  beforeAll(async () => {
    seed = await prepareSeed(loadConfig().seedDir);
  });

  it('lists a therapy’s indications with cancer type, biomarkers, partners, settings, goal and label citations', async () => {
    type Answer = {
      therapy: {
        indications: {
          id: string;
          settings: string[];
          cancerType: { id: string };
          biomarkers: { id: string }[];
          combinedWith: { id: string }[];
          goal: { id: string } | null;
          citations: { id: string; kind: string }[];
          therapy: { id: string };
          goalFact: { citations: { id: string }[] } | null;
        }[];
      };
    };
    const { therapy } = await api.data<Answer, { id: string }>(THERAPY_INDICATIONS, { id: 'dabrafenib' });
    const expected = rels('HAS_INDICATION', (r) => r.from === 'dabrafenib').map((r) => r.to);
    expect(therapy.indications.map((i) => i.id).sort()).toEqual(expected.sort());
    const node = (id: string) => seed.nodes.find((n) => n.id === id)!;
    for (const i of therapy.indications) {
      expect(i.therapy.id).toBe('dabrafenib');
      expect(i.cancerType.id).toBe(rels('FOR_CANCER_TYPE', (r) => r.from === i.id)[0]!.to);
      expect(i.biomarkers.map((b) => b.id).sort()).toEqual(rels('REQUIRES_BIOMARKER', (r) => r.from === i.id).map((r) => r.to).sort());
      expect(i.combinedWith.map((t) => t.id).sort()).toEqual(rels('COMBINED_WITH', (r) => r.from === i.id).map((r) => r.to).sort());
      expect(i.goal?.id ?? null).toBe(rels('HAS_GOAL', (r) => r.from === i.id)[0]?.to ?? null);
      expect(i.settings).toEqual((node(i.id).properties.settings as string[]).map((s) => s.replaceAll('-', '_').toUpperCase()));
      expect(i.citations.some((c) => c.kind === 'DRUG_LABEL')).toBe(true);
      if (i.goalFact) expect(i.goalFact.citations.map((c) => c.id)).toContain('acs-targeted-therapy');
    }
    // The lung cancer use is approved only with trametinib.
    const lung = therapy.indications.find((i) => i.cancerType.id === 'braf-v600e-mutated-non-small-cell-lung-cancer')!;
    expect(lung.combinedWith.map((t) => t.id)).toEqual(['trametinib']);
  });

  it('filters therapies by the goals and settings of their indications', async () => {
    const ids = async (filter: Record<string, unknown>) =>
      (await allPages(async (after) => (await api.data<{ therapies: Page<{ node: { id: string } }> }, { filter: Record<string, unknown>; after: string | null }>(THERAPIES, { filter, after })).therapies))
        .map((e) => e.node.id)
        .sort();
    const withGoal = (goal: string) => [...new Set(rels('HAS_GOAL', (r) => r.to === goal && seed.nodes.find((n) => n.id === r.from)!.label === 'Indication').flatMap((g) => rels('HAS_INDICATION', (r) => r.to === g.from).map((r) => r.from)))].sort();
    expect(withGoal('cure').length).toBeGreaterThan(0);
    expect(await ids({ goals: ['cure'] })).toEqual(withGoal('cure'));
    expect(await ids({ goals: ['control'] })).toEqual(withGoal('control'));
    const adjuvant = seed.nodes.filter((n) => n.label === 'Indication' && (n.properties.settings as string[]).includes('adjuvant')).map((n) => n.id);
    const adjuvantTherapies = [...new Set(rels('HAS_INDICATION', (r) => adjuvant.includes(r.to)).map((r) => r.from))].sort();
    expect(await ids({ settings: ['ADJUVANT'] })).toEqual(adjuvantTherapies);
    expect(await ids({ settings: ['ADJUVANT'], goals: ['control'] })).toEqual(adjuvantTherapies.filter((t) => withGoal('control').includes(t)));
  });

  it('gives a cancer type’s indications, its subtypes’ included unless asked not to', async () => {
    const count = async (id: string, sub: boolean) =>
      (await api.data<{ cancerType: { indications: { totalCount: number } } }, { id: string; sub: boolean }>(CANCER_TYPE_INDICATIONS, { id, sub })).cancerType.indications.totalCount;
    const below = (id: string): string[] => [id, ...rels('SUBTYPE_OF', (r) => r.to === id).flatMap((r) => below(r.from))];
    const forTypes = (types: string[]) => rels('FOR_CANCER_TYPE', (r) => types.includes(r.to)).length;
    expect(forTypes(below('melanoma'))).toBeGreaterThan(0);
    expect(await count('melanoma', true)).toBe(forTypes(below('melanoma')));
    expect(await count('melanoma', false)).toBe(forTypes(['melanoma']));
    expect(await count('solid-tumors-any-type', false)).toBe(forTypes(['solid-tumors-any-type']));
    expect(forTypes(['solid-tumors-any-type'])).toBeGreaterThan(0);
  });

  it('links biomarker-defined subtypes to their biomarker, and looks an indication up by id', async () => {
    const { biomarker } = await api.data<{ biomarker: { cancerTypes: { edges: { node: { id: string; biomarkers: { id: string }[] } }[] } } }, { id: string }>(DEFINED, { id: 'her2' });
    const defined = rels('DEFINED_BY', (r) => r.to === 'her2').map((r) => r.from).sort();
    expect(defined).toContain('her2-positive-breast-cancer');
    expect(biomarker.cancerTypes.edges.map((e) => e.node.id).sort()).toEqual(defined);
    for (const e of biomarker.cancerTypes.edges) expect(e.node.biomarkers.map((b) => b.id)).toContain('her2');
    const found = await api.data<{ indication: { id: string; name: string }; node: { __typename: string; id: string } }, { id: string }>(LOOKUP, { id: 'imatinib-adjuvant-gist' });
    expect(found.indication.id).toBe('imatinib-adjuvant-gist');
    expect(found.node).toEqual({ __typename: 'Indication', id: 'imatinib-adjuvant-gist' });
  });
});
