/**
 * A citation shows everything it backs: `Citation.citedBy` (the entities whose own
 * attributes cite it), `supports` (facts) and `claims`, and `provenance(id)`,
 * `neighborhood(id)` and the audit agree with them. Checked on the shipped graph against the
 * seed files themselves (what each entry's `citations` names).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { prepareSeed } from '../../src/seed/prepare.ts';
import type { SeedGraph } from '../../src/seed/graph.ts';
import { useApi, codes } from '../api/support/api.ts';

const NIOSH = 'niosh-hazardous-drugs-2024';
const FOUNDING_PAGE = 'acs-targeted-therapy';

/** Citation id → the ids of the entities whose own `citations` name it, from the seed files. */
function citedByInSeed(graph: SeedGraph): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  for (const node of graph.nodes) {
    for (const c of (node.properties.citations as readonly string[] | undefined) ?? []) cited.set(c, [...(cited.get(c) ?? []), node.id]);
  }
  return cited;
}

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string; displayName: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('what a citation backs', () => {
  // Neo4j plans each statement shape once (cached after); a page of facts of any kind with
  // their citations takes several seconds to plan on a cold, heavily shared test machine.
  const api = useApi({ QUERY_TIMEOUT_MS: '30000' });
  let seed: Map<string, string[]>;
  let seedCitationCount = 0;
  beforeAll(async () => {
    const graph = await prepareSeed(loadConfig().seedDir);
    seed = citedByInSeed(graph);
    seedCitationCount = graph.nodes.filter((n) => n.label === 'Citation').length;
  });

  it('Citation.citedBy: the NIOSH list backs the attributes of hazardous-drug handling, in one statement', async () => {
    const answer = await api.run<{ citation: { citedBy: Page } }, { id: string }>(
      `query($id: ID!) { citation(id: $id) { id citedBy { totalCount edges { node { id displayName ... on SafetyPrecaution { name } } } } } }`,
      { id: NIOSH },
    );
    expect(answer.errors).toBeUndefined();
    const citedBy = answer.data!.citation.citedBy;
    expect(citedBy.edges.map((e) => e.node.id)).toContain('hazardous-drug-handling');
    expect(citedBy.edges.map((e) => e.node.id).sort()).toEqual([...(seed.get(NIOSH) ?? [])].sort());
    expect(citedBy.totalCount).toBe(seed.get(NIOSH)!.length);
    expect(answer.roundTrips).toBe(1);
  });

  it('pages the founding page’s many entities by name, then id, with keyset cursors, to exactly the seed’s list', async () => {
    const query = `query($after: String) { citation(id: "${FOUNDING_PAGE}") { citedBy(first: 10, after: $after) {
      totalCount edges { cursor node { id displayName } } pageInfo { hasNextPage endCursor } } } }`;
    const seen: { id: string; displayName: string }[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page += 1) {
      const data: { citation: { citedBy: Page } } = await api.data(query, { after });
      total = data.citation.citedBy.totalCount;
      seen.push(...data.citation.citedBy.edges.map((e) => e.node));
      if (!data.citation.citedBy.pageInfo.hasNextPage) break;
      after = data.citation.citedBy.pageInfo.endCursor;
    }
    const expected = seed.get(FOUNDING_PAGE)!;
    expect(expected.length).toBeGreaterThan(10);
    expect(total).toBe(expected.length);
    expect(seen.map((n) => n.id).sort()).toEqual([...expected].sort());
    const order = seen.map((n) => [n.displayName.toLowerCase(), n.id] as const);
    const sorted = [...order].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(order).toEqual(sorted);
  });

  it('a cursor of another list is a BAD_USER_INPUT at citedBy', async () => {
    const other = await api.data<{ therapies: { pageInfo: { endCursor: string } } }, Record<string, never>>(`{ therapies(first: 1) { pageInfo { endCursor } } }`);
    const answer = await api.run(`query($after: String) { citation(id: "${NIOSH}") { citedBy(after: $after) { totalCount } } }`, {
      after: other.therapies.pageInfo.endCursor,
    });
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors![0]!.path).toEqual(['citation', 'citedBy']);
  });

  it('agrees with the audit: a citation is unused exactly when citedBy, supports and claims are all empty', async () => {
    type Counts = { id: string; citedBy: { totalCount: number }; supports: { totalCount: number }; claims: { totalCount: number } };
    const citations: Counts[] = [];
    // Every citation, a page at a time (the seed has more citations than one page holds).
    for (let after: string | null = null; ; ) {
      const page: { citations: { edges: { node: Counts }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await api.data(
        `query ($after: String) {
          citations(first: 100, after: $after) { edges { node { id citedBy { totalCount } supports { totalCount } claims { totalCount } } } pageInfo { hasNextPage endCursor } }
        }`,
        { after },
      );
      citations.push(...page.citations.edges.map((e) => e.node));
      if (!page.citations.pageInfo.hasNextPage) break;
      after = page.citations.pageInfo.endCursor;
    }
    const data = await api.data<{ audit: { findings: { name: string; ids: string[] }[] } }, Record<string, never>>('{ audit { findings { name ids } } }');
    expect(citations.length).toBe(seedCitationCount);
    for (const c of citations) expect(c.citedBy.totalCount, c.id).toBe(seed.get(c.id)?.length ?? 0);
    const unusedByApi = citations.filter((c) => c.citedBy.totalCount + c.supports.totalCount + c.claims.totalCount === 0).map((c) => c.id);
    const unusedByAudit = data.audit.findings.find((f) => f.name === 'UNUSED_CITATIONS')!.ids;
    expect(unusedByApi.sort()).toEqual([...unusedByAudit].sort());
    // NIOSH backs no fact and no claim: only its citedBy keeps it from being unused.
    const niosh = citations.find((c) => c.id === NIOSH)!;
    expect(niosh.supports.totalCount + niosh.claims.totalCount).toBe(0);
    expect(unusedByAudit).not.toContain(NIOSH);
  });

  it('provenance(id) of a citation lists what it backs, as citedBy and supports do', async () => {
    for (const id of [NIOSH, 'label-gleevec']) {
      const data = await api.data<{
        provenance: { citedBy: { id: string }[]; supports: { relationship: string; subject: { id: string }; object: { id: string }; citations: { id: string }[] }[] };
        citation: { citedBy: { edges: { node: { id: string } }[] }; supports: { edges: { node: { relationship: string; subject: { id: string }; object: { id: string } } }[] } };
      }, { id: string }>(
        `query($id: ID!) {
          provenance(id: $id) { citedBy { id } supports { relationship subject { id } object { id } citations { id } } }
          citation(id: $id) { citedBy(first: 100) { edges { node { id } } } supports(first: 100) { edges { node { relationship subject { id } object { id } } } } }
        }`,
        { id },
      );
      expect(data.provenance.citedBy.map((n) => n.id), id).toEqual(data.citation.citedBy.edges.map((e) => e.node.id));
      const fact = (f: { relationship: string; subject: { id: string }; object: { id: string } }) => `${f.relationship} ${f.subject.id} ${f.object.id}`;
      expect(data.provenance.supports.map(fact), id).toEqual(data.citation.supports.edges.map((e) => fact(e.node)));
      for (const f of data.provenance.supports) expect(f.citations.map((c) => c.id)).toContain(id);
    }
    const gleevec = await api.data<{ provenance: { supports: unknown[] } }, Record<string, never>>(`{ provenance(id: "label-gleevec") { supports { relationship } } }`);
    expect(gleevec.provenance.supports.length).toBeGreaterThan(0);
  });

  it('provenance(id) of an entity backs nothing itself: citedBy and supports are empty', async () => {
    const data = await api.data<{ provenance: { citedBy: unknown[]; supports: unknown[]; citations: { id: string }[] } }, Record<string, never>>(
      `{ provenance(id: "hazardous-drug-handling") { citations { id } citedBy { id } supports { relationship } } }`,
    );
    expect(data.provenance.citations.map((c) => c.id)).toContain(NIOSH);
    expect(data.provenance.citedBy).toEqual([]);
    expect(data.provenance.supports).toEqual([]);
  });

  it('neighborhood(id) of a citation starts from what it backs', async () => {
    const data = await api.data<{ neighborhood: { center: { id: string }; nodes: { id: string }[]; truncated: boolean } }, Record<string, never>>(
      `{ neighborhood(id: "${NIOSH}", depth: 1, limit: 100) { center { id } nodes { id } truncated } }`,
    );
    expect(data.neighborhood.center.id).toBe(NIOSH);
    expect(data.neighborhood.nodes.map((n) => n.id).sort()).toEqual([NIOSH, ...seed.get(NIOSH)!].sort());
    const deeper = await api.data<{ neighborhood: { nodes: { id: string }[]; edges: { subject: { id: string }; object: { id: string } }[] } }, Record<string, never>>(
      `{ neighborhood(id: "${NIOSH}", depth: 2, limit: 100) { nodes { id } edges { subject { id } object { id } } } }`,
    );
    // One step further: the therapies that require hazardous-drug handling.
    expect(deeper.neighborhood.edges.some((e) => e.object.id === 'hazardous-drug-handling')).toBe(true);
    const reached = new Set(deeper.neighborhood.nodes.map((n) => n.id));
    for (const e of deeper.neighborhood.edges) expect(reached.has(e.subject.id) && reached.has(e.object.id)).toBe(true);
  });
});
