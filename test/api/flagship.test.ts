import { describe, expect, it } from 'vitest';
import { OralLeukemiaDocument } from '../../src/graphql/generated/operations/graphql.ts';
import { useApi } from './support/api.ts';

describe('the flagship contract: oral therapies for leukemia', () => {
  const api = useApi({ LOG_LEVEL: 'error' });

  it('lists imatinib, given orally, through its subtype chronic myeloid leukemia', async () => {
    const data = await api.data(OralLeukemiaDocument);
    const nodes = data.therapies.edges.map((e) => e.node);
    const imatinib = nodes.find((n) => n.id === 'imatinib');
    expect(imatinib).toBeDefined();
    expect(imatinib!.routes.map((r) => r.id)).toContain('oral');
    expect(imatinib!.cancerTypes.map((c) => c.id)).toContain('chronic-myeloid-leukemia');
    expect(imatinib!.cancerTypes.map((c) => c.id)).not.toContain('leukemia');
  });

  it('returns only oral therapies for leukemia or a subtype, all of them, counted', async () => {
    const data = await api.data(OralLeukemiaDocument);
    const nodes = data.therapies.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(5);
    expect(data.therapies.totalCount).toBe(nodes.length);
    expect(data.therapies.pageInfo.hasNextPage).toBe(false);
    for (const n of nodes) expect(n.routes.map((r) => r.id)).toContain('oral');
  });
});
