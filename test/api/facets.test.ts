import { describe, expect, it } from 'vitest';
import { FacetsDocument, TherapiesPageDocument } from '../../src/graphql/generated/operations/graphql.ts';
import { useApi } from './support/api.ts';

describe('facets', () => {
  const api = useApi();
  const total = async (filter: Record<string, unknown>) =>
    (await api.data(TherapiesPageDocument, { filter, first: 0 })).therapies.totalCount;

  it('counts therapies per cancer type including subtypes, as the cancerTypes filter finds them', async () => {
    const { facets } = await api.data(FacetsDocument, {});
    expect(facets.total).toBe(await total({}));
    const count = (id: string) => facets.byCancerType.find((b) => b.node.id === id)?.count;
    expect(count('leukemia')).toBe(await total({ cancerTypes: ['leukemia'] }));
    expect(count('chronic-myeloid-leukemia')).toBe(await total({ cancerTypes: ['chronic-myeloid-leukemia'] }));
    expect(count('leukemia')!).toBeGreaterThan(count('chronic-myeloid-leukemia')!);
    const counts = facets.byCancerType.map((b) => b.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
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

  it('counts only the therapies that match a filter', async () => {
    const { facets } = await api.data(FacetsDocument, { filter: { routes: ['oral'] } });
    expect(facets.total).toBe(await total({ routes: ['oral'] }));
    expect(facets.byRoute.map((b) => b.node.id)).toEqual(['oral']);
    expect(facets.byCancerType.find((b) => b.node.id === 'leukemia')?.count).toBe(await total({ routes: ['oral'], cancerTypes: ['leukemia'] }));
  });
});
