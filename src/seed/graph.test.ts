import { describe, expect, it } from 'vitest';
import { minimalTexts } from './fixtures/fixture.ts';
import { buildSeedGraph, type SeedGraph } from './graph.ts';
import { parseSeed } from './read.ts';
import { validateSeed } from './validate.ts';

function minimalGraph(): SeedGraph {
  const validation = validateSeed(parseSeed(minimalTexts(), 'fixture'));
  if (!validation.ok) throw new Error('the minimal fixture is invalid');
  return buildSeedGraph(validation.seed);
}

describe('buildSeedGraph', () => {
  const graph = minimalGraph();
  const node = (id: string) => graph.nodes.find((n) => n.id === id);
  const relationshipsFrom = (id: string) => graph.relationships.filter((r) => r.from === id);

  it('makes one node per entry, with its label, attributes and citations', () => {
    expect(graph.nodes).toHaveLength(16);
    expect(node('alphanib')).toEqual({
      id: 'alphanib',
      label: 'Therapy',
      properties: {
        id: 'alphanib',
        name: 'Alphanib',
        aliases: ['Alphabrand', 'ALF-101'],
        kind: 'small-molecule',
        description: 'An oral kinase inhibitor used in the fixture.',
        citations: ['src-label', 'src-page'],
      },
    });
    expect(node('src-label')).toEqual({
      id: 'src-label',
      label: 'Citation',
      properties: { id: 'src-label', kind: 'drug-label', title: 'Alphanib prescribing information', status: 'current', volume: '12' },
    });
  });

  it('makes each fact a relationship carrying its citations', () => {
    expect(relationshipsFrom('betamab')).toEqual([
      { type: 'ADMINISTERED_VIA', from: 'betamab', to: 'drip', properties: { citations: ['src-page', 'src-label'] } },
    ]);
    expect(relationshipsFrom('lung-tumor')).toEqual([
      { type: 'SUBTYPE_OF', from: 'lung-tumor', to: 'solid-tumor', properties: { citations: ['src-page'] } },
    ]);
    expect(relationshipsFrom('alphanib').map((r) => r.type)).toEqual([
      'ADMINISTERED_VIA',
      'USED_FOR',
      'TARGETS',
      'ACTS_BY',
      'REQUIRES_PRECAUTION',
      'IS_A',
      'GIVEN_ON',
      'HAS_INDICATION',
    ]);
    expect(relationshipsFrom('alphanib-kin1-lung-tumor')).toEqual([
      { type: 'FOR_CANCER_TYPE', from: 'alphanib-kin1-lung-tumor', to: 'lung-tumor', properties: { citations: ['src-label'] } },
      { type: 'REQUIRES_BIOMARKER', from: 'alphanib-kin1-lung-tumor', to: 'kin1', properties: { citations: ['src-label'] } },
      { type: 'COMBINED_WITH', from: 'alphanib-kin1-lung-tumor', to: 'betamab', properties: { citations: ['src-label'] } },
      { type: 'HAS_GOAL', from: 'alphanib-kin1-lung-tumor', to: 'cure', properties: { citations: ['src-label', 'src-page'] } },
    ]);
    expect(node('alphanib-kin1-lung-tumor')!.properties.settings).toEqual(['later-line', 'metastatic-or-advanced']);
  });

  it('makes a claim ABOUT its entities and SUPPORTED_BY its citations, with section and excerpt', () => {
    expect(relationshipsFrom('claim-alphanib-oral')).toEqual([
      { type: 'ABOUT', from: 'claim-alphanib-oral', to: 'alphanib', properties: {} },
      { type: 'ABOUT', from: 'claim-alphanib-oral', to: 'by-mouth', properties: {} },
      {
        type: 'SUPPORTED_BY',
        from: 'claim-alphanib-oral',
        to: 'src-label',
        properties: { section: 'Dosage and administration', excerpt: 'Take alphanib by mouth once a day.' },
      },
      { type: 'SUPPORTED_BY', from: 'claim-alphanib-oral', to: 'src-page', properties: { section: 'How is it given?' } },
    ]);
    expect(graph.relationships).toHaveLength(24);
  });

  it('carries the release a seed names (its RELEASE file), which counts in the hash', () => {
    const validation = validateSeed(parseSeed(minimalTexts(), 'fixture', '7'));
    if (!validation.ok) throw new Error('the minimal fixture is invalid');
    const released = buildSeedGraph(validation.seed);
    expect(released.release).toBe('7');
    expect(graph.release).toBeUndefined();
    expect(released.hash).not.toBe(graph.hash);
  });

  it('carries the seed hash and origin', () => {
    expect(graph.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(graph.origin).toBe('fixture');
  });
});
