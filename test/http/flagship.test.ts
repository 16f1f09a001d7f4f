import { describe, expect, it } from 'vitest';
import { postGraphQL, useService } from '../support/service.ts';

const ORAL_LEUKEMIA = /* GraphQL */ `
  query OralLeukemia {
    therapies(filter: { routes: ["oral"], cancerTypes: ["leukemia"] }, first: 50) {
      totalCount
      edges { cursor node { id name routes { id name } cancerTypes { id name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

describe('the flagship query over HTTP', () => {
  const service = useService();

  it('returns imatinib, given orally, for leukemia (through its subtype)', async () => {
    const { status, body } = await postGraphQL(service().url, { query: ORAL_LEUKEMIA });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const nodes = body.data.therapies.edges.map((e: any) => e.node);
    const imatinib = nodes.find((n: any) => n.id === 'imatinib');
    expect(imatinib).toBeDefined();
    expect(imatinib.routes.map((r: any) => r.id)).toContain('oral');
    expect(body.data.therapies.totalCount).toBe(nodes.length);
    for (const node of nodes) expect(node.routes.map((r: any) => r.id)).toContain('oral');
  });

  it('answers a malformed query with a coded error and HTTP 400, no stack trace', async () => {
    const { status, body } = await postGraphQL(service().url, { query: '{ therapies(first: 5) { edges { node { id }' });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/i);
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED and HTTP 400', async () => {
    const { status, body } = await postGraphQL(service().url, { query: '{ therapies(first: 5) { edges { node { dosage } } } }' });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reports ready with the seed version on /readyz and alive on /healthz', async () => {
    const base = service().url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    const readyBody = (await ready.json()) as { seedVersion: string };
    expect(readyBody.seedVersion).toBe(service().seed.hash);
  });
});
