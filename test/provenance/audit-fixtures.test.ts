/**
 * Each audit finding from a fixture made to trigger it (test/fixtures/audit), on the real
 * Neo4j: the fixture graph is loaded with the seed loader, and the API's `audit` must give
 * exactly the findings src/audit gives on the same SeedGraph (the CLI's report), the
 * triggered one non-zero and every other one zero. The support status of claims, by the
 * Cypher rule the API filters with, must agree with the audit's TypeScript rule.
 */
import { describe, expect, it } from 'vitest';
import { auditGraph, type AuditReport } from '../../src/audit/audit.ts';
import { FINDING_NAMES, type FindingName } from '../../src/audit/findings.ts';
import { supportStatusOf, type SupportStatus } from '../../src/audit/support-status.ts';
import type { SeedGraph } from '../../src/seed/graph.ts';
import { useApi } from '../api/support/api.ts';
import { detachDelete, fixtureGraph, type Overlay } from '../fixtures/audit/fixture-seed.ts';
import { AUDIT_QUERY } from './support/audit-query.ts';
import { loadTestGraph, restoreShippedSeedAfterAll } from './support/test-graph.ts';

interface Case {
  finding: FindingName;
  count: number;
  graph: () => Promise<SeedGraph>;
}

const overlay = (name: Overlay) => () => fixtureGraph(name);
/** Fixture base with nodes deleted after loading, as by hand in Neo4j (what no valid seed can give). */
const changed = (...ids: string[]) => async () => detachDelete(await fixtureGraph(), ids);

const CASES: Case[] = [
  { finding: 'UNCITED_ENTITIES', count: 3, graph: changed('src-entities') },
  { finding: 'UNCITED_FACTS', count: 2, graph: changed('src-facts') },
  { finding: 'UNCITED_CLAIMS', count: 2, graph: changed('src-claims') },
  { finding: 'CLAIMS_ABOUT_MISSING_ENTITIES', count: 1, graph: changed('marker-y') },
  { finding: 'UNUSED_CITATIONS', count: 1, graph: overlay('unused-citations') },
  { finding: 'DUPLICATE_CITATIONS', count: 2, graph: overlay('duplicate-citations') },
  { finding: 'INCOMPLETE_CITATIONS', count: 2, graph: overlay('incomplete-citations') },
  { finding: 'WEAKLY_SUPPORTED_CLAIMS', count: 1, graph: overlay('weakly-supported-claims') },
  { finding: 'BOXED_WARNINGS_WITHOUT_LABEL', count: 2, graph: changed('src-label') },
];

const CLAIM_STATUSES = `{ claims(first: 100) { edges { node { id supportStatus } } } }`;
const CLAIMS_WITH_STATUS = `query($statuses: [SupportStatus!]) { claims(first: 100, filter: { supportStatuses: $statuses }) { totalCount edges { node { id } } } }`;

/** Each claim's status by the audit's rule, over the statuses of its existing supporting citations. */
function expectedStatuses(graph: SeedGraph): Record<string, SupportStatus> {
  const status = new Map(graph.nodes.filter((n) => n.label === 'Citation').map((n) => [n.id, String(n.properties.status)]));
  return Object.fromEntries(
    graph.nodes
      .filter((n) => n.label === 'Claim')
      .map((c) => {
        const support = graph.relationships.filter((r) => r.type === 'SUPPORTED_BY' && r.from === c.id && status.has(r.to));
        return [c.id, supportStatusOf(support.map((r) => status.get(r.to)!))];
      }),
  );
}

describe('audit findings on fixture graphs, API against CLI', () => {
  const api = useApi();
  restoreShippedSeedAfterAll();

  it('covers every finding with a fixture', () => {
    expect(CASES.map((c) => c.finding).sort()).toEqual([...FINDING_NAMES].sort());
  });

  it('the base fixture audits clean through the API', async () => {
    const graph = await fixtureGraph();
    await loadTestGraph(graph);
    const { audit } = await api.data<{ audit: AuditReport }, Record<string, never>>(AUDIT_QUERY);
    expect(audit).toEqual(auditGraph(graph));
    expect(audit.findings.every((f) => f.count === 0)).toBe(true);
  });

  for (const c of CASES) {
    it(`${c.finding}: the API finds what the CLI finds, ${c.count} occurrence(s), and nothing else`, async () => {
      const graph = await c.graph();
      await loadTestGraph(graph);
      const { audit } = await api.data<{ audit: AuditReport }, Record<string, never>>(AUDIT_QUERY);
      expect(audit).toEqual(auditGraph(graph));
      const nonZero = audit.findings.filter((f) => f.count > 0).map((f) => [f.name, f.count]);
      expect(nonZero).toEqual([[c.finding, c.count]]);
      expect(audit.passed).toBe(!audit.findings.find((f) => f.name === c.finding)!.blocking);

      // Claim.supportStatus and the supportStatuses filter (Cypher) agree with the audit's rule (TypeScript).
      const expected = expectedStatuses(graph);
      const { claims } = await api.data<{ claims: { edges: { node: { id: string; supportStatus: SupportStatus } }[] } }, Record<string, never>>(CLAIM_STATUSES);
      expect(Object.fromEntries(claims.edges.map((e) => [e.node.id, e.node.supportStatus]))).toEqual(expected);
      for (const status of ['SUPPORTED', 'WEAKLY_SUPPORTED', 'UNSUPPORTED'] as const) {
        const filtered = await api.data<{ claims: { totalCount: number; edges: { node: { id: string } }[] } }, { statuses: SupportStatus[] }>(
          CLAIMS_WITH_STATUS,
          { statuses: [status] },
        );
        const ids = Object.keys(expected).filter((id) => expected[id] === status).sort();
        expect(filtered.claims.edges.map((e) => e.node.id)).toEqual(ids);
        expect(filtered.claims.totalCount).toBe(ids.length);
      }
    });
  }

  it('WEAKLY_SUPPORTED_CLAIMS fixture: the statuses as the fixture states them, also on a citation’s own claims list', async () => {
    await loadTestGraph(await fixtureGraph('weakly-supported-claims'));
    const { claims } = await api.data<{ claims: { edges: { node: { id: string; supportStatus: string } }[] } }, Record<string, never>>(CLAIM_STATUSES);
    expect(claims.edges.map((e) => e.node)).toEqual([
      { id: 'claim-drug-x', supportStatus: 'SUPPORTED' },
      { id: 'claim-marker-y', supportStatus: 'WEAKLY_SUPPORTED' },
    ]);
    const nested = await api.data<{ citation: { claims: { edges: { node: { id: string } }[] } } }, Record<string, never>>(
      `{ citation(id: "src-retracted") { claims(filter: { supportStatuses: [WEAKLY_SUPPORTED] }) { edges { node { id } } } } }`,
    );
    expect(nested.citation.claims.edges.map((e) => e.node.id)).toEqual(['claim-marker-y']);
  });
});
