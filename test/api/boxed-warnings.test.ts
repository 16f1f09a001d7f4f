/**
 * Boxed warnings on the real Neo4j: safety precautions of kind BOXED_WARNING, listed among a
 * therapy's precautions, filterable by kind, each fact cited to a drug label. The expected
 * values come from the shipped seed, read through the seed pipeline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { SeedGraph } from '../../src/seed/graph.ts';
import { prepareSeed } from '../../src/seed/prepare.ts';
import { useApi } from './support/api.ts';

const BOXED_WARNINGS = `query($first: Int) {
  safetyPrecautions(first: $first, filter: { kinds: [BOXED_WARNING] }) {
    totalCount
    edges { node { id kind therapies(first: 20) { totalCount edges { node { id } } } } }
  }
}`;

const THERAPY_PRECAUTIONS = `query($id: ID!) {
  therapy(id: $id) { precautions { id kind } precautionFacts { object { id } citations { id kind } } }
}`;

describe('boxed warnings', () => {
  const api = useApi();
  let seed: SeedGraph;
  beforeAll(async () => {
    seed = await prepareSeed(loadConfig().seedDir);
  });
  const warningIds = () => seed.nodes.filter((n) => n.label === 'SafetyPrecaution' && n.properties.kind === 'boxed-warning').map((n) => n.id);
  const therapiesWarnedBy = (id: string) => seed.relationships.filter((r) => r.type === 'REQUIRES_PRECAUTION' && r.to === id).map((r) => r.from);

  it('lists every boxed warning of the seed, with the therapies whose labels carry it', async () => {
    const answer = await api.data<{ safetyPrecautions: { totalCount: number; edges: { node: { id: string; kind: string; therapies: { totalCount: number; edges: { node: { id: string } }[] } } }[] } }, { first: number }>(
      BOXED_WARNINGS,
      { first: 40 },
    );
    expect(warningIds().length).toBeGreaterThan(0);
    expect(answer.safetyPrecautions.totalCount).toBe(warningIds().length);
    expect(answer.safetyPrecautions.edges).toHaveLength(warningIds().length);
    for (const { node } of answer.safetyPrecautions.edges) {
      expect(node.kind).toBe('BOXED_WARNING');
      expect(node.therapies.totalCount).toBe(therapiesWarnedBy(node.id).length);
      expect(node.therapies.edges.map((e) => e.node.id).sort()).toEqual(therapiesWarnedBy(node.id).sort());
    }
  });

  it('lists a therapy’s boxed warnings among its precautions, beside hazardous-drug handling, each cited to a drug label', async () => {
    type Answer = { therapy: { precautions: { id: string; kind: string }[]; precautionFacts: { object: { id: string }; citations: { id: string; kind: string }[] }[] } };
    const { therapy } = await api.data<Answer, { id: string }>(THERAPY_PRECAUTIONS, { id: 'ado-trastuzumab-emtansine' });
    const kinds = new Map(therapy.precautions.map((p) => [p.id, p.kind]));
    expect(kinds.get('hazardous-drug-handling')).toBe('HANDLING');
    const warned = seed.relationships.filter((r) => r.type === 'REQUIRES_PRECAUTION' && r.from === 'ado-trastuzumab-emtansine' && warningIds().includes(r.to));
    expect(warned.length).toBeGreaterThan(0);
    for (const r of warned) expect(kinds.get(r.to)).toBe('BOXED_WARNING');
    for (const fact of therapy.precautionFacts.filter((f) => kinds.get(f.object.id) === 'BOXED_WARNING')) {
      expect(fact.citations.some((c) => c.kind === 'DRUG_LABEL')).toBe(true);
    }
  });
});
