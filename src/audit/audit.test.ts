import { describe, expect, it } from 'vitest';
import { detachDelete, fixtureGraph } from '../../test/fixtures/audit/fixture-seed.ts';
import type { SeedGraph } from '../seed/graph.ts';
import { auditGraph, type AuditReport } from './audit.ts';
import { FINDING_NAMES, type FindingName } from './findings.ts';

/** Each finding's count; the fixtures are built so that exactly one is non-zero. */
function counts(report: AuditReport): Record<FindingName, number> {
  return Object.fromEntries(report.findings.map((f) => [f.name, f.count])) as Record<FindingName, number>;
}

/** Every finding at 0 but those given. */
function expected(nonZero: Partial<Record<FindingName, number>> = {}): Record<FindingName, number> {
  return Object.fromEntries(FINDING_NAMES.map((n) => [n, nonZero[n] ?? 0])) as Record<FindingName, number>;
}

function occurrencesOf(report: AuditReport, name: FindingName) {
  return report.findings.find((f) => f.name === name)!.occurrences;
}

describe('auditGraph on the fixture seeds', () => {
  it('finds nothing in the base fixture, and lists every finding with a count of 0', async () => {
    const report = auditGraph(await fixtureGraph());
    expect(report.findings.map((f) => f.name)).toEqual(FINDING_NAMES);
    expect(counts(report)).toEqual(expected());
    expect(report.passed).toBe(true);
  });

  it('UNUSED_CITATIONS: a citation nothing cites', async () => {
    const report = auditGraph(await fixtureGraph('unused-citations'));
    expect(counts(report)).toEqual(expected({ UNUSED_CITATIONS: 1 }));
    expect(occurrencesOf(report, 'UNUSED_CITATIONS')).toEqual([{ ids: ['src-unused'], note: 'supports nothing' }]);
    expect(report.passed).toBe(true);
  });

  it('DUPLICATE_CITATIONS: same kind and title up to case, spacing and final punctuation; same url up to host case and final slash', async () => {
    const report = auditGraph(await fixtureGraph('duplicate-citations'));
    expect(counts(report)).toEqual(expected({ DUPLICATE_CITATIONS: 2 }));
    expect(occurrencesOf(report, 'DUPLICATE_CITATIONS')).toEqual([
      { ids: ['src-claims', 'src-claims-again'], note: 'same title "Fixture source for claims"' },
      { ids: ['src-facts', 'src-facts-again'], note: 'same url https://example.org/facts' },
    ]);
  });

  it('INCOMPLETE_CITATIONS: what identifies each kind is missing; a drug label needs only its exact title', async () => {
    const report = auditGraph(await fixtureGraph('incomplete-citations'));
    expect(counts(report)).toEqual(expected({ INCOMPLETE_CITATIONS: 2 }));
    expect(occurrencesOf(report, 'INCOMPLETE_CITATIONS')).toEqual([
      { ids: ['src-claims'], note: 'no url or publisher, no date or accessed' },
      { ids: ['src-facts'], note: 'no doi or containerTitle' },
    ]);
  });

  it('only: runs just the checks named, and passes or fails on those alone', async () => {
    const graph = detachDelete(await fixtureGraph('incomplete-citations'), ['src-facts']);
    expect(auditGraph(graph).passed).toBe(false);
    const only = auditGraph(graph, ['INCOMPLETE_CITATIONS']);
    expect(only.findings.map((f) => f.name)).toEqual(['INCOMPLETE_CITATIONS']);
    expect(only.passed).toBe(true);
  });

  it('WEAKLY_SUPPORTED_CLAIMS: a claim standing only on retracted and unavailable sources; one that also has a current source is not', async () => {
    const report = auditGraph(await fixtureGraph('weakly-supported-claims'));
    expect(counts(report)).toEqual(expected({ WEAKLY_SUPPORTED_CLAIMS: 1 }));
    expect(occurrencesOf(report, 'WEAKLY_SUPPORTED_CLAIMS')).toEqual([
      { ids: ['claim-marker-y', 'src-gone', 'src-retracted'], note: 'supported only by src-gone (unavailable), src-retracted (retracted)' },
    ]);
  });
});

describe('auditGraph on graphs changed after loading (what validation cannot let through)', () => {
  const changed = async (ids: string[]): Promise<SeedGraph> => detachDelete(await fixtureGraph(), ids);

  it('UNCITED_ENTITIES: the only citation of three entities deleted', async () => {
    const report = auditGraph(await changed(['src-entities']));
    expect(counts(report)).toEqual(expected({ UNCITED_ENTITIES: 3 }));
    expect(occurrencesOf(report, 'UNCITED_ENTITIES')).toEqual(
      ['drug-x', 'marker-y', 'oral'].map((id) => ({ ids: [id], note: 'cites only missing citations: src-entities' })),
    );
    expect(report.passed).toBe(false);
  });

  it('UNCITED_FACTS: the only citation of two facts deleted', async () => {
    const report = auditGraph(await changed(['src-facts']));
    expect(counts(report)).toEqual(expected({ UNCITED_FACTS: 2 }));
    expect(occurrencesOf(report, 'UNCITED_FACTS')).toEqual([
      { ids: ['drug-x', 'marker-y'], note: 'drug-x TARGETS marker-y: cites only missing citations: src-facts' },
      { ids: ['drug-x', 'oral'], note: 'drug-x ADMINISTERED_VIA oral: cites only missing citations: src-facts' },
    ]);
    expect(report.passed).toBe(false);
  });

  it('UNCITED_FACTS: a fact whose citations list is empty', async () => {
    const graph = await fixtureGraph();
    const fact = graph.relationships.find((r) => r.type === 'ADMINISTERED_VIA')!;
    fact.properties = { citations: [] };
    expect(occurrencesOf(auditGraph(graph), 'UNCITED_FACTS')).toEqual([{ ids: ['drug-x', 'oral'], note: 'drug-x ADMINISTERED_VIA oral: cites nothing' }]);
  });

  it('UNCITED_CLAIMS: the only citation of two claims deleted (their SUPPORTED_BY go with it)', async () => {
    const report = auditGraph(await changed(['src-claims']));
    expect(counts(report)).toEqual(expected({ UNCITED_CLAIMS: 2 }));
    expect(occurrencesOf(report, 'UNCITED_CLAIMS').map((o) => o.ids)).toEqual([['claim-drug-x'], ['claim-marker-y']]);
    expect(report.passed).toBe(false);
  });

  it('BOXED_WARNINGS_WITHOUT_LABEL: the drug label of a boxed warning and of its fact deleted, other citations left', async () => {
    const report = auditGraph(await changed(['src-label']));
    expect(counts(report)).toEqual(expected({ BOXED_WARNINGS_WITHOUT_LABEL: 2 }));
    expect(occurrencesOf(report, 'BOXED_WARNINGS_WITHOUT_LABEL')).toEqual([
      { ids: ['drug-x', 'warning-z'], note: 'drug-x REQUIRES_PRECAUTION warning-z: cites no drug label' },
      { ids: ['warning-z'], note: 'cites no drug label' },
    ]);
    expect(report.passed).toBe(false);
  });

  it('CLAIMS_ABOUT_MISSING_ENTITIES: the one entity a claim is about deleted with its relationships, as in Neo4j', async () => {
    const report = auditGraph(await changed(['marker-y']));
    expect(counts(report)).toEqual(expected({ CLAIMS_ABOUT_MISSING_ENTITIES: 1 }));
    expect(occurrencesOf(report, 'CLAIMS_ABOUT_MISSING_ENTITIES')).toEqual([{ ids: ['claim-marker-y'], note: 'about no entity' }]);
    expect(report.passed).toBe(false);
  });

  it('CLAIMS_ABOUT_MISSING_ENTITIES: an ABOUT that names an id with no node', async () => {
    const graph = await fixtureGraph();
    const withoutNode = { ...graph, nodes: graph.nodes.filter((n) => n.id !== 'oral') };
    const report = auditGraph(withoutNode);
    expect(occurrencesOf(report, 'CLAIMS_ABOUT_MISSING_ENTITIES')).toEqual([{ ids: ['claim-drug-x', 'oral'], note: 'about missing oral' }]);
  });
});
