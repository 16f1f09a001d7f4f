import { describe, expect, it } from 'vitest';
import { FacetsDocument, TherapiesPageDocument } from '../../src/graphql/generated/operations/graphql.ts';
import { useApi } from './support/api.ts';

/**
 * Facets on the shipped seed, each count checked against the list the same filter gives
 * (`therapies(filter) { totalCount }`), so the tests hold whatever therapies the seed has.
 */
describe('facets', () => {
  // Every group is one statement of six subqueries; Neo4j plans it once (cached after), which
  // takes several seconds on a cold, heavily shared test machine: more than the 10 s default.
  const api = useApi({ QUERY_TIMEOUT_MS: '30000' });
  const total = async (filter: Record<string, unknown>) => (await api.data(TherapiesPageDocument, { filter, first: 0 })).therapies.totalCount;
  const topLevel = async () => {
    const run = await api.run(`{ cancerTypes(filter: { topLevel: true }, first: 100) { edges { node { id } } } }`);
    return (run.data as { cancerTypes: { edges: { node: { id: string } }[] } }).cancerTypes.edges.map((e) => e.node.id);
  };

  it('byCancerType: top-level types only, each counting its subtypes as the cancerTypes filter does; `parent` gives one level below', async () => {
    const { facets } = await api.data(FacetsDocument, { parent: 'leukemia' });
    expect(facets.total).toBe(await total({}));
    const tops = new Set(await topLevel());
    expect(facets.byCancerType.length).toBeGreaterThan(1);
    for (const b of facets.byCancerType) expect(tops.has(b.node.id)).toBe(true);
    const leukemia = facets.byCancerType.find((b) => b.node.id === 'leukemia')!;
    expect(leukemia.count).toBe(await total({ cancerTypes: ['leukemia'] }));
    const counts = facets.byCancerType.map((b) => b.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    expect(facets.subtypes.map((b) => b.node.id)).toContain('chronic-myeloid-leukemia');
    for (const b of facets.subtypes) {
      expect(tops.has(b.node.id)).toBe(false);
      expect(b.count).toBe(await total({ cancerTypes: [b.node.id] }));
      expect(b.count).toBeLessThanOrEqual(leukemia.count);
    }
  });

  it('counts per route, per biomarker and per kind, all consistent with the lists', async () => {
    const { facets } = await api.data(FacetsDocument, {});
    for (const bucket of facets.byRoute) expect(bucket.count).toBe(await total({ routes: [bucket.node.id] }));
    const bcrAbl = facets.byBiomarker.find((b) => b.node.id === 'bcr-abl');
    expect(bcrAbl?.count).toBe(await total({ targets: ['bcr-abl'] }));
    expect(facets.byKind.reduce((sum, b) => sum + b.count, 0)).toBe(facets.total);
    const small = facets.byKind.find((b) => b.kind === 'SMALL_MOLECULE');
    expect(small?.count).toBe(await total({ kinds: ['SMALL_MOLECULE'] }));
  });

  it('is disjunctive: each group is counted without its own dimension of the filter, total with all of it', async () => {
    const oral = (await api.data(FacetsDocument, { filter: { routes: ['oral'] } })).facets;
    expect(oral.total).toBe(await total({ routes: ['oral'] }));
    // byRoute ignores `routes`: the other buckets say what adding that route would give.
    expect(oral.byRoute.length).toBeGreaterThan(1);
    for (const b of oral.byRoute) expect(b.count).toBe(await total({ routes: [b.node.id] }));
    // The other groups keep the whole filter.
    for (const b of oral.byKind) expect(b.count).toBe(await total({ routes: ['oral'], kinds: [b.kind] }));
    const leukemia = oral.byCancerType.find((b) => b.node.id === 'leukemia');
    expect(leukemia?.count).toBe(await total({ routes: ['oral'], cancerTypes: ['leukemia'] }));

    // byKind ignores `kinds`.
    const antibodies = (await api.data(FacetsDocument, { filter: { kinds: ['MONOCLONAL_ANTIBODY'] } })).facets;
    expect(antibodies.byKind.length).toBeGreaterThan(1);
    for (const b of antibodies.byKind) expect(b.count).toBe(await total({ kinds: [b.kind] }));
  });

  it('reads every group selected, aliases included, in one statement', async () => {
    const run = await api.run(FacetsDocument, { filter: { routes: ['oral'] }, parent: 'leukemia' });
    expect(run.errors).toBeUndefined();
    expect(run.roundTrips).toBe(1);
  });
});
