/**
 * The audit of the shipped graph-seed: the CLI's report (no Neo4j), the API's answer on the
 * loaded graph, and that they are the same findings. The shipped seed has no blocking
 * finding; the non-blocking ones it really has are asserted id by id (see the comments).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { auditGraph, type AuditReport } from '../../src/audit/audit.ts';
import { loadConfig } from '../../src/config.ts';
import type { SeedGraph } from '../../src/seed/graph.ts';
import { prepareSeed } from '../../src/seed/prepare.ts';
import { useApi } from '../api/support/api.ts';
import { runCli } from '../seed/cli-process.ts';
import { AUDIT_QUERY } from './support/audit-query.ts';

/** Nothing listens on port 1: the audit command must not need Neo4j. */
const NO_NEO4J = { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', NEO4J_CONNECT_TIMEOUT_MS: '1000' };

/** The founding page's reference list: recorded as citations, but no fact or claim takes its content from them. */
const REFERENCE_LIST = [
  'asco-understanding-targeted-therapy',
  'asco-what-is-targeted-therapy',
  'groves-2024-targeted-and-immunotherapy',
  'gupta-2024-iv-or-subcutaneous',
  'nci-pdq-dietary-interactions',
  'nci-targeted-therapy-fact-sheet',
  'roman-2023-targeted-therapy',
];

describe('the audit of the shipped graph-seed', () => {
  let graph: SeedGraph;
  let report: AuditReport;
  beforeAll(async () => {
    graph = await prepareSeed(loadConfig().seedDir);
    report = auditGraph(graph);
  });
  const occurrences = (name: string) => report.findings.find((f) => f.name === name)!.occurrences;

  it('passes: every entity, fact and claim cites an existing citation, every claim is about existing entities', () => {
    expect(report.passed).toBe(true);
    for (const f of report.findings.filter((x) => x.blocking)) expect({ name: f.name, count: f.count }).toEqual({ name: f.name, count: 0 });
    expect(report.nodeCount).toBe(graph.nodes.length);
    expect(report.relationshipCount).toBe(graph.relationships.length);
  });

  it('has no likely duplicate citation and no claim resting only on unavailable, superseded or retracted sources', () => {
    expect(occurrences('DUPLICATE_CITATIONS')).toEqual([]);
    // The two ASCO pages are unavailable, but no claim cites them (see UNUSED_CITATIONS).
    expect(occurrences('WEAKLY_SUPPORTED_CLAIMS')).toEqual([]);
  });

  it('UNUSED_CITATIONS: exactly the founding page’s reference list, which nothing in the graph cites', () => {
    expect(occurrences('UNUSED_CITATIONS')).toEqual(REFERENCE_LIST.map((id) => ({ ids: [id], note: 'supports nothing' })));
  });

  it('INCOMPLETE_CITATIONS follows the seed’s citation rules: no drug label (identified by its exact title), the two undated ASCO pages', () => {
    const labels = new Set(graph.nodes.filter((n) => n.label === 'Citation' && n.properties.kind === 'drug-label').map((n) => n.id));
    expect(labels.size).toBeGreaterThan(60);
    const flagged = occurrences('INCOMPLETE_CITATIONS');
    expect(flagged.filter((o) => labels.has(o.ids[0]!))).toEqual([]);
    // Listed in the founding page's references with neither a date nor the day they were read.
    expect(flagged).toEqual(
      expect.arrayContaining(['asco-understanding-targeted-therapy', 'asco-what-is-targeted-therapy'].map((id) => ({ ids: [id], note: 'no date or accessed' }))),
    );
    // The founding page, the books and the journal article are identified without a url.
    for (const id of ['acs-targeted-therapy', 'groves-2024-targeted-and-immunotherapy', 'gupta-2024-iv-or-subcutaneous', 'roman-2023-targeted-therapy']) {
      expect(flagged.map((o) => o.ids[0])).not.toContain(id);
    }
  });

  describe('the API’s audit of the loaded graph', () => {
    const api = useApi();

    it('gives the same report as the seed folder’s audit, in two statements for a graph this size', async () => {
      const answer = await api.run(AUDIT_QUERY);
      expect(answer.errors).toBeUndefined();
      expect((answer.data as { audit: AuditReport }).audit).toEqual(report);
      // One page of nodes with their relationships, plus SeedMeta.
      expect(answer.roundTrips).toBe(2);
    });
  });

  describe('the audit command', () => {
    it('prints the report, PASSED, and exits 0 without Neo4j', async () => {
      const run = await runCli(['audit'], NO_NEO4J);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Audit of graph-seed (seed ${graph.hash.slice(0, 12)}): ${graph.nodes.length} nodes, ${graph.relationships.length} relationships`);
      expect(run.stdout).toContain('PASSED');
      expect(run.stdout).toMatch(/^ +7 {2}UNUSED_CITATIONS {2,}Citations that support nothing/m);
      // The summary comes first; then each finding that occurred, with its occurrences.
      expect(run.stdout.indexOf('UNUSED_CITATIONS (')).toBeGreaterThan(run.stdout.indexOf('Summary'));
      expect(run.stdout).toContain('\n  asco-what-is-targeted-therapy: supports nothing\n');
    });

    it('--json prints the same report the API gives', async () => {
      const run = await runCli(['audit', '--json'], NO_NEO4J);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(report);
    });
  });
});
