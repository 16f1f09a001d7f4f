import { describe, expect, it } from 'vitest';
import { OralLeukemiaDocument, TherapiesPageDocument, TherapyIdsDocument } from '../../src/graphql/generated/operations/graphql.ts';
import { allPages } from './support/all-pages.ts';
import { useApi } from './support/api.ts';

describe('the flagship contract: oral therapies for leukemia', () => {
  const api = useApi();
  // Every match, page by page: oral or intravenous takes in more therapies than one page holds.
  const ids = async (filter: Record<string, unknown>) =>
    (await allPages(async (after) => (await api.data(TherapiesPageDocument, { filter, first: 100, after })).therapies)).map((e) => e.node.id).sort();

  it('lists imatinib, given orally, through its subtype chronic myeloid leukemia', async () => {
    const data = await api.data(OralLeukemiaDocument);
    const imatinib = data.therapies.edges.map((e) => e.node).find((n) => n.id === 'imatinib');
    expect(imatinib).toBeDefined();
    expect(imatinib!.name).toBe('Imatinib');
    expect(imatinib!.routes).toContainEqual({ id: 'oral', name: expect.any(String) });
    // Stated for the subtype only: the filter rolled it up to leukemia.
    expect(imatinib!.cancerTypes.map((c) => c.id)).toContain('chronic-myeloid-leukemia');
    expect(imatinib!.cancerTypes.map((c) => c.id)).not.toContain('leukemia');
  });

  it('returns every oral therapy for leukemia or a subtype and nothing else, counted, with cursors', async () => {
    const data = await api.data(OralLeukemiaDocument);
    const nodes = data.therapies.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(5);
    expect(data.therapies.totalCount).toBe(nodes.length);
    expect(data.therapies.pageInfo).toEqual({ hasNextPage: false, endCursor: data.therapies.edges.at(-1)!.cursor });
    for (const n of nodes) expect(n.routes.map((r) => r.id)).toContain('oral');
    const leukemias = await ids({ cancerTypes: ['leukemia'] });
    const oral = await ids({ routes: ['oral'] });
    expect(nodes.map((n) => n.id).sort()).toEqual(leukemias.filter((id) => oral.includes(id)));
  });

  it('expands a cancer type to all its subtypes, at any depth', async () => {
    const leukemia = await ids({ cancerTypes: ['leukemia'] });
    const cml = await ids({ cancerTypes: ['chronic-myeloid-leukemia'] });
    expect(cml).toContain('imatinib');
    expect(cml.every((id) => leukemia.includes(id))).toBe(true);
    expect(leukemia.length).toBeGreaterThan(cml.length);
  });

  it('ORs the values within a field and ANDs the fields', async () => {
    const oral = await ids({ routes: ['oral'] });
    const intravenous = await ids({ routes: ['intravenous'] });
    const either = await ids({ routes: ['oral', 'intravenous'] });
    expect(either).toEqual([...new Set([...oral, ...intravenous])].sort());
    const kit = await ids({ targets: ['kit'] });
    const oralKit = await ids({ routes: ['oral'], targets: ['kit'] });
    expect(oralKit).toEqual(oral.filter((id) => kit.includes(id)));
    expect(oralKit.length).toBeGreaterThan(0);
    expect(oralKit.length).toBeLessThan(kit.length + oral.length);
  });

  it('treats an unknown id in a filter as matching nothing, not as an error', async () => {
    const answer = await api.run(TherapyIdsDocument, { filter: { routes: ['teleportation'] }, first: 10 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.therapies.edges).toEqual([]);
    expect(await ids({ routes: ['oral', 'teleportation'] })).toEqual(await ids({ routes: ['oral'] }));
    expect(await ids({ cancerTypes: ['no-such-cancer'], routes: ['oral'] })).toEqual([]);
  });

  it('treats an empty list or null as no constraint', async () => {
    const all = await ids({});
    expect(await ids({ routes: [], cancerTypes: null })).toEqual(all);
  });
});
