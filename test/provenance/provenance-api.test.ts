/**
 * `provenance(id)`, `citation(id) { supports claims }` and `claims(filter)` on the shipped
 * graph, each checked against what Cypher reads from the graph directly, and each bounded
 * in Neo4j round trips however many items it returns.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, codes } from '../api/support/api.ts';
import { cypher } from './support/test-graph.ts';

interface FactView {
  relationship: string;
  subject: { id: string };
  object: { id: string };
  citations: { id: string; title: string; status: string }[];
}

const PROVENANCE = `query($id: ID!) {
  provenance(id: $id) {
    node { id displayName }
    citations { id title }
    factGroups { relationship direction count facts { relationship subject { id } object { id } citations { id title status } } }
    claims { id text supportStatus support { citation { id title } section excerpt } }
  }
}`;

/** Every fact touching a node, straight from the graph: [type, direction, subject, object, sorted citation ids]. */
async function factsInGraph(id: string): Promise<string[]> {
  const rows = await cypher<{ type: string; direction: string; subject: string; object: string; citations: string[] }>(
    `MATCH (s:Entity)-[r]->(o:Entity) WHERE (s.id = $id OR o.id = $id) AND r.citations IS NOT NULL
     RETURN type(r) AS type, CASE WHEN s.id = $id THEN 'OUTGOING' ELSE 'INCOMING' END AS direction, s.id AS subject, o.id AS object, r.citations AS citations`,
    { id },
  );
  return rows.map((r) => JSON.stringify([r.type, r.direction, r.subject, r.object, [...r.citations].sort()])).sort();
}

describe('provenance, citations both ways, claims by support', () => {
  const api = useApi();

  describe('provenance(id)', () => {
    it('gives every fact about a therapy, grouped by type and direction, each with full Citation objects, and its claims with section and excerpt', async () => {
      const answer = await api.run(PROVENANCE, { id: 'imatinib' });
      expect(answer.errors).toBeUndefined();
      const p = (answer.data as { provenance: any }).provenance;
      expect(p.node).toEqual({ id: 'imatinib', displayName: 'Imatinib' });
      expect(p.citations.map((c: { id: string }) => c.id).sort()).toEqual(['acs-targeted-therapy', 'label-gleevec']);

      const seen: string[] = [];
      for (const g of p.factGroups) {
        expect(g.count).toBe(g.facts.length);
        for (const f of g.facts as FactView[]) {
          expect(f.relationship).toBe(g.relationship);
          expect((g.direction === 'OUTGOING' ? f.subject : f.object).id).toBe('imatinib');
          for (const c of f.citations) expect(c.title.length).toBeGreaterThan(0);
          seen.push(JSON.stringify([g.relationship, g.direction, f.subject.id, f.object.id, f.citations.map((c) => c.id).sort()]));
        }
      }
      expect(seen.sort()).toEqual(await factsInGraph('imatinib'));
      expect(p.factGroups.map((g: { relationship: string }) => g.relationship)).toEqual(
        [...p.factGroups.map((g: { relationship: string }) => g.relationship)].sort(),
      );

      const claims = await cypher<{ id: string }>(`MATCH (c:Claim)-[:ABOUT]->(:Entity {id: 'imatinib'}) RETURN c.id AS id ORDER BY id`);
      expect(p.claims.map((c: { id: string }) => c.id)).toEqual(claims.map((c) => c.id));
      expect(p.claims.length).toBeGreaterThan(0);
      const support = p.claims[0].support[0];
      expect(support).toMatchObject({ citation: { id: 'acs-targeted-therapy', title: 'Targeted Therapy' }, section: expect.any(String) });
      expect(support.excerpt).toEqual(expect.any(String));
    });

    it('covers both directions: a cancer type has its parent (OUTGOING) and the therapies and subtypes pointing at it (INCOMING)', async () => {
      const { provenance } = await api.data<{ provenance: { factGroups: { relationship: string; direction: string; count: number }[] } }, { id: string }>(
        `query($id: ID!) { provenance(id: $id) { factGroups { relationship direction count } } }`,
        { id: 'chronic-myeloid-leukemia' },
      );
      const groups = provenance.factGroups.map((g) => `${g.relationship} ${g.direction}`);
      expect(groups).toContain('SUBTYPE_OF OUTGOING');
      expect(groups).toContain('USED_FOR INCOMING');
      const total = provenance.factGroups.reduce((n, g) => n + g.count, 0);
      expect(total).toBe((await factsInGraph('chronic-myeloid-leukemia')).length);
    });

    it('costs the same few round trips for a hub as for a leaf (no query per fact or claim)', async () => {
      const hub = await api.run(PROVENANCE, { id: 'breast-cancer' });
      const leaf = await api.run(PROVENANCE, { id: 'imatinib' });
      expect(hub.errors).toBeUndefined();
      // provenance itself; node citations, fact citations and claim supports (a loader each); support citations.
      expect(hub.roundTrips).toBeLessThanOrEqual(5);
      expect(hub.roundTrips).toBe(leaf.roundTrips);
    });

    it('is null with NOT_FOUND for an unknown id', async () => {
      const answer = await api.run(PROVENANCE, { id: 'no-such-node' });
      expect(answer.data).toEqual({ provenance: null });
      expect(codes(answer)).toEqual(['NOT_FOUND']);
    });
  });

  describe('citation(id): what a source supports', () => {
    const SUPPORTS = `query($id: ID!, $first: Int, $after: String) {
      citation(id: $id) {
        id title
        supports(first: $first, after: $after) { totalCount edges { cursor node { relationship subject { id } object { id } citations { id } } } pageInfo { hasNextPage endCursor } }
        claims(first: 100) { totalCount edges { node { id } } }
      }
    }`;
    type Supports = {
      citation: {
        supports: { totalCount: number; edges: { node: FactView }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        claims: { totalCount: number; edges: { node: { id: string } }[] };
      };
    };

    let factsCiting: string[];
    let claimsCiting: string[];
    beforeAll(async () => {
      factsCiting = (
        await cypher<{ fact: string }>(
          `MATCH (s:Entity)-[r]->(o:Entity) WHERE 'acs-targeted-therapy' IN r.citations RETURN type(r) + ' ' + s.id + ' ' + o.id AS fact`,
        )
      ).map((r) => r.fact).sort();
      claimsCiting = (await cypher<{ id: string }>(`MATCH (c:Claim)-[:SUPPORTED_BY]->(:Citation {id: 'acs-targeted-therapy'}) RETURN DISTINCT c.id AS id ORDER BY id`)).map((r) => r.id);
    });

    it('lists every fact that cites it (subject, object, type) across pages, and every claim it supports', async () => {
      expect(factsCiting.length).toBeGreaterThan(20);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 100; page += 1) {
        const data: Supports = await api.data(SUPPORTS, { id: 'acs-targeted-therapy', first: 7, after });
        expect(data.citation.supports.totalCount).toBe(factsCiting.length);
        for (const { node } of data.citation.supports.edges) {
          expect(node.citations.map((c) => c.id)).toContain('acs-targeted-therapy');
          seen.push(`${node.relationship} ${node.subject.id} ${node.object.id}`);
        }
        if (!data.citation.supports.pageInfo.hasNextPage) break;
        after = data.citation.supports.pageInfo.endCursor;
      }
      expect(seen).toEqual([...seen].sort());
      expect(seen.sort()).toEqual(factsCiting);
      const { citation } = await api.data<Supports, { id: string }>(SUPPORTS, { id: 'acs-targeted-therapy' });
      expect(citation.claims.edges.map((e) => e.node.id)).toEqual(claimsCiting);
      expect(citation.claims.totalCount).toBe(claimsCiting.length);
    });

    it('reads the supports of a whole page of citations in one statement', async () => {
      const one = await api.run(`{ citations(first: 1) { edges { node { supports(first: 5) { totalCount edges { node { subject { id } } } } } } } }`);
      const many = await api.run(`{ citations(first: 100) { edges { node { supports(first: 5) { totalCount edges { node { subject { id } } } } } } } }`);
      expect(many.errors).toBeUndefined();
      expect((many.data as { citations: { edges: unknown[] } }).citations.edges.length).toBeGreaterThan(50);
      expect(many.roundTrips).toBe(one.roundTrips);
    });

    it('caps first at 100 and rejects a cursor of another list, with BAD_USER_INPUT', async () => {
      expect(codes(await api.run(SUPPORTS, { id: 'label-gleevec', first: 101 }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await api.run(SUPPORTS, { id: 'label-gleevec', after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
    });

    it('is null with NOT_FOUND for an unknown id or the id of something that is not a citation', async () => {
      for (const id of ['no-such-citation', 'imatinib']) {
        const answer = await api.run(SUPPORTS, { id });
        expect(answer.data).toEqual({ citation: null });
        expect(codes(answer)).toEqual(['NOT_FOUND']);
      }
    });
  });

  describe('claims(filter, first, after)', () => {
    const CLAIMS = `query($filter: ClaimFilter, $first: Int, $after: String) {
      claims(filter: $filter, first: $first, after: $after) { totalCount edges { node { id kind supportStatus } } pageInfo { hasNextPage endCursor } }
    }`;
    type Claims = { claims: { totalCount: number; edges: { node: { id: string; kind: string; supportStatus: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const ids = async (filter: Record<string, unknown>) => (await api.data<Claims, Record<string, unknown>>(CLAIMS, { filter, first: 100 })).claims.edges.map((e) => e.node.id);

    it('pages through every claim of the graph, by id, with a total', async () => {
      const all = (await cypher<{ id: string }>(`MATCH (c:Claim) RETURN c.id AS id ORDER BY id`)).map((r) => r.id);
      const first = await api.data<Claims, Record<string, unknown>>(CLAIMS, { first: 10 });
      expect(first.claims.totalCount).toBe(all.length);
      const second = await api.data<Claims, Record<string, unknown>>(CLAIMS, { first: 10, after: first.claims.pageInfo.endCursor });
      expect([...first.claims.edges, ...second.claims.edges].map((e) => e.node.id)).toEqual(all.slice(0, 20));
    });

    it('filters by the entities a claim is about, the citations supporting it, kind and support status', async () => {
      const about = (await cypher<{ id: string }>(`MATCH (c:Claim)-[:ABOUT]->(:Entity {id: 'oral'}) RETURN c.id AS id ORDER BY id`)).map((r) => r.id);
      expect(about.length).toBeGreaterThan(0);
      expect(await ids({ about: ['oral'] })).toEqual(about);
      expect(await ids({ citations: ['acs-targeted-therapy'] })).toEqual(
        (await cypher<{ id: string }>(`MATCH (c:Claim)-[:SUPPORTED_BY]->(:Citation {id: 'acs-targeted-therapy'}) RETURN DISTINCT c.id AS id ORDER BY id`)).map((r) => r.id),
      );
      const routes = (await api.data<Claims, Record<string, unknown>>(CLAIMS, { filter: { kinds: ['ROUTE'] }, first: 100 })).claims.edges;
      expect(routes.length).toBeGreaterThan(0);
      expect(routes.every((e) => e.node.kind === 'ROUTE')).toBe(true);
      // The shipped seed: every claim stands on a current source.
      const total = (await api.data<Claims, Record<string, unknown>>(CLAIMS, { first: 1 })).claims.totalCount;
      expect((await api.data<Claims, Record<string, unknown>>(CLAIMS, { filter: { supportStatuses: ['SUPPORTED'] }, first: 1 })).claims.totalCount).toBe(total);
      expect(await ids({ supportStatuses: ['WEAKLY_SUPPORTED', 'UNSUPPORTED'] })).toEqual([]);
      expect(await ids({ about: ['oral'], supportStatuses: ['SUPPORTED'] })).toEqual(about);
    });

    it('reads the support status of a page of claims in one statement', async () => {
      const few = await api.run(CLAIMS, { first: 2 });
      const many = await api.run(CLAIMS, { first: 100 });
      expect(many.roundTrips).toBe(few.roundTrips);
    });
  });
});
