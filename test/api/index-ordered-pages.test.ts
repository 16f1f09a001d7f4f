import { describe, expect, it } from 'vitest';
import type { ProfiledPlan } from 'neo4j-driver';
import { useApi } from './support/api.ts';

/**
 * Root lists read in the order of a range index (src/queries/compile/lists.ts): the stored
 * lower-case name, the id, the kind. Same answers as sorting every item, cursors across
 * pages, the unfiltered total from the count store, and Neo4j reading about a page of rows
 * rather than every therapy.
 */
describe('index-ordered pages', () => {
  const api = useApi();
  const cypher = async <T>(query: string) =>
    (await api.deps.driver.executeQuery(query, {}, { database: api.deps.database })).records.map((r) => r.toObject() as T);
  interface Edges {
    therapies: { totalCount?: number; edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  }
  const page = (args: string, selection = 'totalCount') =>
    api.data<Edges, Record<string, never>>(`{ therapies(${args}) { ${selection} edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`);
  const ids = (p: Edges) => p.therapies.edges.map((e) => e.node.id);

  /** The order the list promises, computed by Neo4j from the seed's own properties (not the stored key). */
  const expected = async (order: string) => (await cypher<{ id: string }>(`MATCH (t:Therapy) RETURN t.id AS id ORDER BY ${order}`)).map((r) => r.id);

  it('orders by name ignoring case, by id and by kind, both ways, as sorting every therapy does', async () => {
    const cases: [string, string][] = [
      ['', 'toLower(t.name), t.id'],
      ['sort: { field: NAME, direction: DESC }', 'toLower(t.name) DESC, t.id DESC'],
      ['sort: { field: ID }', 't.id'],
      ['sort: { field: ID, direction: DESC }', 't.id DESC'],
      ['sort: { field: KIND }', 't.kind, t.id'],
    ];
    for (const [sort, order] of cases) {
      const all = await expected(order);
      expect(all.length).toBeGreaterThan(50);
      expect(ids(await page(`first: 100, ${sort}`)), sort).toEqual(all.slice(0, 100));
    }
  });

  it('walks every therapy by id, descending, page by page from cursors, without gaps or repeats, each page counted', async () => {
    const all = await expected('t.id DESC');
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: Edges = await page(`first: 13, sort: { field: ID, direction: DESC }${after ? `, after: "${after}"` : ''}`);
      expect(p.therapies.totalCount).toBe(all.length);
      walked.push(...ids(p));
      if (!p.therapies.pageInfo.hasNextPage) break;
      after = p.therapies.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
  });

  it('counts an unfiltered list from the count store, and a filtered one by its rows', async () => {
    const [therapies] = await cypher<{ n: number }>('MATCH (t:Therapy) RETURN count(t) AS n');
    const unfiltered = await page('first: 1');
    expect(unfiltered.therapies.totalCount).toBe(Number(therapies!.n));
    const [oral] = await cypher<{ n: number }>(`MATCH (t:Therapy)-[:ADMINISTERED_VIA]->(:DeliveryRoute {id: 'oral'}) RETURN count(DISTINCT t) AS n`);
    expect((await page('first: 1, filter: { routes: ["oral"] }')).therapies.totalCount).toBe(Number(oral!.n));
    expect(Number(oral!.n)).toBeLessThan(Number(therapies!.n));
  });

  it('reads about a page of index entries for an unfiltered page, not every therapy (PROFILE db hits)', async () => {
    const [therapies] = await cypher<{ n: number }>('MATCH (t:Therapy) RETURN count(t) AS n');
    const profiled = async (query: string) => {
      const sent: { cypher: string; params: Record<string, unknown> }[] = [];
      const answer = await api.run(query, {}, (context) => {
        const read = context.reader.read.bind(context.reader);
        context.reader.read = (cypher, params) => {
          sent.push({ cypher, params: params ?? {} });
          return read(cypher, params);
        };
      });
      expect(answer.errors).toBeUndefined();
      expect(sent).toHaveLength(1);
      const { cypher, params } = sent[0]!;
      const { summary } = await api.deps.driver.executeQuery(`PROFILE ${cypher}`, params, { database: api.deps.database });
      return dbHits(summary.profile as ProfiledPlan);
    };
    // A scan would read every therapy (and its sort property): more db hits than therapies.
    for (const sort of ['', 'sort: { field: ID }', 'sort: { field: KIND, direction: DESC }']) {
      const hits = await profiled(`{ therapies(first: 5, ${sort}) { totalCount edges { node { id } } } }`);
      expect(hits, sort).toBeLessThan(Number(therapies!.n));
    }
    const filtered = await profiled('{ therapies(first: 5, filter: { nameContains: "zzz-nothing" }) { totalCount edges { node { id } } } }');
    expect(filtered).toBeGreaterThan(Number(therapies!.n));
  });
});

function dbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, c) => sum + dbHits(c), 0);
}
