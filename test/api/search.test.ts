import { describe, expect, it } from 'vitest';
import { SearchDocument } from '../../src/graphql/generated/operations/graphql.ts';
import { codes, useApi } from './support/api.ts';

describe('search', () => {
  const api = useApi();
  const search = (query: string, more: Record<string, unknown> = {}) => api.data(SearchDocument, { query, first: 10, ...more });
  const ids = async (query: string, more: Record<string, unknown> = {}) => (await search(query, more)).search.edges.map((e) => e.node.id);

  it('finds a therapy by its brand name, first, typed and scored', async () => {
    const result = await search('Gleevec');
    const top = result.search.edges[0]!;
    expect(top.node).toMatchObject({ __typename: 'Therapy', id: 'imatinib', displayName: 'Imatinib' });
    expect(top.score).toBeGreaterThan(0);
    const scores = result.search.edges.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('ignores case and tolerates one typo', async () => {
    expect((await ids('GLEEVEC'))[0]).toBe('imatinib');
    expect((await ids('gleevac'))[0]).toBe('imatinib');
    expect((await ids('imatinub'))[0]).toBe('imatinib');
    expect(await ids('trastuzumab')).toContain('trastuzumab');
  });

  it('searches descriptions, citation titles and claim text, and narrows by kind', async () => {
    const hazardous = await search('hazardous drugs');
    const kinds = new Set(hazardous.search.edges.map((e) => e.node.__typename));
    expect(kinds.has('SafetyPrecaution')).toBe(true);
    const claims = await search('hazardous', { types: ['CLAIM'] });
    expect(claims.search.edges.length).toBeGreaterThan(0);
    expect(claims.search.edges.every((e) => e.node.__typename === 'Claim')).toBe(true);
    expect(await ids('leukemia', { types: ['CANCER_TYPE'] })).toContain('chronic-myeloid-leukemia');
  });

  it('never fails on Lucene syntax: special characters are not operators', async () => {
    for (const query of ['imatinib)', '"gleevec', 'her2 AND (', '+-&&||!(){}[]^"~*?:\\/', 'title:imatinib', 'imatinib~~', '*', 'NOT', '/regex/']) {
      const answer = await api.run(SearchDocument, { query, first: 5 });
      expect(answer.errors, query).toBeUndefined();
    }
    expect((await ids('(Gleevec)!'))[0]).toBe('imatinib');
    expect((await ids('BCR-ABL'))[0]).toBe('bcr-abl');
  });

  it('finds nothing, without error, in a query without letters or digits', async () => {
    const answer = await api.run(SearchDocument, { query: ' ?! ', first: 5 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.search).toMatchObject({ totalCount: 0, edges: [] });
    expect(answer.roundTrips).toBe(0);
  });

  it('pages through results by cursor, and refuses a cursor from another search', async () => {
    const all = await ids('leukemia', { first: 30 });
    const first = await search('leukemia', { first: 4 });
    const next = await search('leukemia', { first: 4, after: first.search.pageInfo.endCursor });
    expect([...first.search.edges, ...next.search.edges].map((e) => e.node.id)).toEqual(all.slice(0, 8));
    expect(first.search.totalCount).toBeGreaterThanOrEqual(all.length);
    const back = await search('leukemia', { first: undefined, last: 4, before: next.search.pageInfo.endCursor });
    expect(back.search.edges.map((e) => e.node.id)).toEqual(all.slice(3, 7));
    const foreign = await api.run(SearchDocument, { query: 'imatinib', first: 4, after: first.search.pageInfo.endCursor });
    expect(codes(foreign)).toEqual(['BAD_USER_INPUT']);
  });
});
