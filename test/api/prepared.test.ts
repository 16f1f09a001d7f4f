import { describe, expect, it } from 'vitest';
import { codes, useApi } from './support/api.ts';

/**
 * A root field's statement is prepared once per operation and variables
 * (src/graphql/plan/prepared.ts) and reused: a repeat must answer with its own variables'
 * values, a page after a cursor must be the next page, and a refused request must be refused
 * again, every time.
 */
const api = useApi();

describe('repeated operations (prepared statements)', () => {
  it('answer each repeat with the values of its own variables', async () => {
    const query = 'query T($id: ID!) { therapy(id: $id) { id name } }';
    type T = { therapy: { id: string; name: string } };
    const imatinib = await api.data<T, { id: string }>(query, { id: 'imatinib' });
    const sunitinib = await api.data<T, { id: string }>(query, { id: 'sunitinib' });
    expect(imatinib.therapy.id).toBe('imatinib');
    expect(sunitinib.therapy.id).toBe('sunitinib');
    expect(await api.data<T, { id: string }>(query, { id: 'imatinib' })).toEqual(imatinib);
  });

  it('read the page after each cursor, and the same page for the same cursor', async () => {
    const query = 'query P($after: String) { therapies(first: 3, after: $after) { edges { node { id } } pageInfo { endCursor } } }';
    type P = { therapies: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string } } };
    const first = await api.data<P, { after?: string }>(query, {});
    const second = await api.data<P, { after?: string }>(query, { after: first.therapies.pageInfo.endCursor });
    const ids = (p: P) => p.therapies.edges.map((e) => e.node.id);
    expect(ids(second)).toHaveLength(3);
    expect(ids(second).some((id) => ids(first).includes(id))).toBe(false);
    expect(await api.data<P, { after?: string }>(query, {})).toEqual(first);
  });

  it('refuse a bad request again with its code, and serve a good one between', async () => {
    const query = 'query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to) { length } }';
    const same = { from: 'imatinib', to: 'imatinib' };
    const refused = await api.run(query, same);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    const answered = await api.run(query, { from: 'imatinib', to: 'leukemia' });
    expect(answered.errors).toBeUndefined();
    expect(codes(await api.run(query, same))).toEqual(['BAD_USER_INPUT']);
  });
});
