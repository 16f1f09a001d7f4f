/**
 * The README's examples run against the shipped seed and show what their text promises:
 * no errors, the contract finds imatinib, the path is a real multi-hop path up the subtype
 * tree (not through the treatment-type hub), the neighbourhood finds biomarkers, and the
 * disjunctive facets still count the routes the filter leaves out, and a citation shows what
 * its own-attribute citations back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { useApi } from './support/api.ts';

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const example = (name: string) => {
  const found = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!).find((text) => text.includes(`query ${name}`));
  if (!found) throw new Error(`README.md has no example query ${name}`);
  return found;
};

describe('the README examples, run', () => {
  const api = useApi();
  const run = async <T>(name: string) => {
    const answer = await api.run(example(name));
    expect(answer.errors).toBeUndefined();
    return answer.data as T;
  };

  it('OralLeukemia finds imatinib', async () => {
    const data = await run<{ therapies: { edges: { node: { id: string } }[] } }>('OralLeukemia');
    expect(data.therapies.edges.map((e) => e.node.id)).toContain('imatinib');
  });

  it('OsimertinibToLungCancer: a path of several hops up the subtype tree, and biomarkers around chronic myeloid leukemia', async () => {
    type Data = {
      paths: { length: number; steps: { from: { id: string }; fact: { relationship: string } }[] }[];
      neighborhood: { nodes: { id: string }[] };
    };
    const data = await run<Data>('OsimertinibToLungCancer');
    expect(data.paths.length).toBeGreaterThan(0);
    for (const p of data.paths) {
      expect(p.length).toBeGreaterThan(1);
      expect(p.steps.map((s) => s.fact.relationship)).toContain('SUBTYPE_OF');
      expect(p.steps.map((s) => s.from.id)).not.toContain('targeted-therapy');
    }
    expect(data.neighborhood.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['imatinib', 'bcr-abl']));
  });

  it('TherapyList: facets over oral therapies still count the other routes', async () => {
    const data = await run<{ facets: { total: number; byRoute: { node: { id: string }; count: number }[]; leukemias: { node: { id: string } }[] } }>('TherapyList');
    expect(data.facets.byRoute.length).toBeGreaterThan(1);
    expect(data.facets.byRoute.find((b) => b.node.id === 'oral')?.count).toBe(data.facets.total);
    expect(data.facets.leukemias.map((b) => b.node.id)).toContain('chronic-myeloid-leukemia');
  });

  it('FactsOnTheFoundingPageAlone: facts whose one citation is the founding page; targets with two or more sources', async () => {
    type Facts = { totalCount: number; edges: { node: { citations: { id: string }[] } }[] };
    const data = await run<{ facts: Facts; wellSourcedTargets: Facts }>('FactsOnTheFoundingPageAlone');
    expect(data.facts.totalCount).toBeGreaterThan(0);
    for (const e of data.facts.edges) expect(e.node.citations.map((c) => c.id)).toEqual(['acs-targeted-therapy']);
    expect(data.wellSourcedTargets.totalCount).toBeGreaterThan(0);
    for (const e of data.wellSourcedTargets.edges) expect(e.node.citations.length).toBeGreaterThanOrEqual(2);
  });

  it('Audit runs, and shows the NIOSH list backing hazardous-drug handling', async () => {
    const data = await run<{ audit: { passed: boolean }; citation: { citedBy: { edges: { node: { id: string } }[] } } }>('Audit');
    expect(data.audit.passed).toBe(true);
    expect(data.citation.citedBy.edges.map((e) => e.node.id)).toContain('hazardous-drug-handling');
  });
});
