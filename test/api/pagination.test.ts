import { describe, expect, it } from 'vitest';
import { TherapiesPageDocument } from '../../src/graphql/generated/operations/graphql.ts';
import { allPages } from './support/all-pages.ts';
import { codes, useApi } from './support/api.ts';

describe('Relay pagination', () => {
  const api = useApi();
  const page = (variables: Record<string, unknown>) => api.data(TherapiesPageDocument, variables);
  const idsOf = (p: Awaited<ReturnType<typeof page>>) => p.therapies.edges.map((e) => e.node.id);
  // The whole list in pages of the largest size: the seed holds more than one such page.
  const everyId = async () => (await allPages(async (after) => (await page({ first: 100, after })).therapies)).map((e) => e.node.id);

  it('walks forwards with first/after through the whole list, without gaps or repeats', async () => {
    const all = await everyId();
    expect(all.length).toBeGreaterThan(40);
    expect(new Set(all).size).toBe(all.length);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p = await page({ first: 7, after });
      walked.push(...idsOf(p));
      expect(p.therapies.totalCount).toBe(all.length);
      expect(p.therapies.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!p.therapies.pageInfo.hasNextPage) break;
      after = p.therapies.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
  });

  it('walks backwards with last/before to the start', async () => {
    const all = await everyId();
    const walked: string[] = [];
    let before: string | null = null;
    for (;;) {
      const p = await page({ last: 9, before });
      walked.unshift(...idsOf(p));
      expect(p.therapies.pageInfo.hasNextPage).toBe(before !== null);
      if (!p.therapies.pageInfo.hasPreviousPage) break;
      before = p.therapies.pageInfo.startCursor;
    }
    expect(walked).toEqual(all);
  });

  it('pages between two cursors, and from a cursor in the middle in both directions', async () => {
    const all = await page({ first: 100 });
    const cursors = all.therapies.edges.map((e) => e.cursor);
    const ids = idsOf(all);
    expect(idsOf(await page({ first: 3, after: cursors[10] }))).toEqual(ids.slice(11, 14));
    expect(idsOf(await page({ last: 3, before: cursors[10] }))).toEqual(ids.slice(7, 10));
    expect(idsOf(await page({ first: 100, after: cursors[5], before: cursors[9] }))).toEqual(ids.slice(6, 9));
  });

  it('defaults to 20 items, and gives an empty page with first: 0', async () => {
    expect(idsOf(await page({}))).toHaveLength(20);
    const empty = await page({ first: 0 });
    expect(empty.therapies.edges).toEqual([]);
    expect(empty.therapies.pageInfo).toMatchObject({ hasNextPage: true, startCursor: null, endCursor: null });
  });

  it('caps first and last at 100 with BAD_USER_INPUT, and refuses negative sizes and first with last', async () => {
    for (const variables of [{ first: 101 }, { last: 500 }, { first: -1 }, { first: 2, last: 2 }]) {
      const answer = await api.run(TherapiesPageDocument, variables);
      expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.roundTrips).toBe(0);
    }
    const over = await api.run(TherapiesPageDocument, { first: 101 });
    expect(over.errors![0]!.message).toMatch(/`first` must be between 0 and 100, got 101/);
    expect(idsOf(await page({ first: 100 })).length).toBeLessThanOrEqual(100);
  });

  it('refuses a garbage cursor, a tampered one, and one from a list sorted another way', async () => {
    const byName = await page({ first: 2 });
    const cursor = byName.therapies.edges[1]!.cursor;
    const tampered = Buffer.from(JSON.stringify({ l: 'Therapy by NAME', k: ['x'] })).toString('base64url');
    for (const variables of [
      { after: 'garbage' },
      { before: '!!!' },
      { after: tampered },
      { after: cursor, sort: { field: 'KIND', direction: 'ASC' } as const },
    ]) {
      const answer = await api.run(TherapiesPageDocument, variables);
      expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.errors![0]!.message).toMatch(/is not a cursor of this list/);
    }
  });

  it('counts the total only when totalCount is selected', async () => {
    const without = await api.run(`{ therapies(first: 3) { edges { node { id } } } }`);
    const withTotal = await api.run(`{ therapies(first: 3) { totalCount edges { node { id } } } }`);
    expect(without.statements.join('\n')).not.toMatch(/total: (size\(|COUNT \{)/);
    // Unfiltered, from Neo4j's count store; filtered, the matched rows counted.
    expect(withTotal.statements.join('\n')).toMatch(/total: COUNT \{\s*MATCH \(this0:Therapy\)\s*\}/);
    const filtered = await api.run(`{ therapies(first: 3, filter: { routes: ["oral"] }) { totalCount edges { node { id } } } }`);
    expect(filtered.statements.join('\n')).toMatch(/total: size\(/);
    expect(withTotal.roundTrips).toBe(without.roundTrips);
  });
});
