import { describe, expect, it } from 'vitest';
import { NeighborhoodDocument, PathsDocument } from '../../src/graphql/generated/operations/graphql.ts';
import { codes, useApi } from './support/api.ts';

describe('neighborhood', () => {
  const api = useApi();

  it('gives the nodes one step away and every fact among them, with citations', async () => {
    const { neighborhood } = await api.data(NeighborhoodDocument, { id: 'imatinib', depth: 1, limit: 100 });
    const ids = neighborhood!.nodes.map((n) => n.id);
    expect(neighborhood!.center.id).toBe('imatinib');
    expect(ids[0]).toBe('imatinib');
    expect(ids).toEqual(expect.arrayContaining(['oral', 'kit', 'bcr-abl', 'chronic-myeloid-leukemia', 'gastrointestinal-stromal-tumor']));
    expect(neighborhood!.truncated).toBe(false);
    const oral = neighborhood!.edges.find((e) => e.subject.id === 'imatinib' && e.object.id === 'oral');
    expect(oral).toMatchObject({ relationship: 'ADMINISTERED_VIA' });
    expect(oral!.citations.length).toBeGreaterThan(0);
    for (const edge of neighborhood!.edges) {
      expect(ids).toContain(edge.subject.id);
      expect(ids).toContain(edge.object.id);
      expect(edge.citations.length).toBeGreaterThan(0);
    }
  });

  it('reaches two steps with depth 2, keeps to the kinds asked for, and reports truncation', async () => {
    const one = await api.data(NeighborhoodDocument, { id: 'imatinib', depth: 1, limit: 100 });
    const two = await api.data(NeighborhoodDocument, { id: 'imatinib', depth: 2, types: ['THERAPY', 'BIOMARKER'], limit: 100 });
    const kinds = new Set(two.neighborhood!.nodes.slice(1).map((n) => n.__typename));
    expect([...kinds].sort()).toEqual(['Biomarker', 'Therapy']);
    // Therapies sharing a target with imatinib are two steps away.
    expect(two.neighborhood!.nodes.map((n) => n.id)).toContain('dasatinib');
    expect(one.neighborhood!.nodes.map((n) => n.id)).not.toContain('dasatinib');
    const small = await api.data(NeighborhoodDocument, { id: 'imatinib', depth: 2, limit: 5 });
    expect(small.neighborhood!.nodes).toHaveLength(6);
    expect(small.neighborhood!.truncated).toBe(true);
  });

  it('follows only the relationships asked for and never reaches an excluded id (matched ignoring case)', async () => {
    const { neighborhood } = await api.data(NeighborhoodDocument, { id: 'Imatinib', depth: 2, relationships: ['TARGETS'], exclude: ['BCR-ABL'], limit: 100 });
    const ids = neighborhood!.nodes.map((n) => n.id);
    expect(neighborhood!.center.id).toBe('imatinib');
    expect(ids).toContain('kit');
    expect(ids).not.toContain('bcr-abl');
    expect(new Set(neighborhood!.nodes.slice(1).map((n) => n.__typename))).toEqual(new Set(['Biomarker', 'Therapy']));
    expect(new Set(neighborhood!.edges.map((e) => e.relationship))).toEqual(new Set(['TARGETS']));
    const hub = await api.data(NeighborhoodDocument, { id: 'imatinib', depth: 1, limit: 100, exclude: ['targeted-therapy'] });
    expect(hub.neighborhood!.nodes.map((n) => n.id)).not.toContain('targeted-therapy');
  });

  it('rejects a depth beyond 2 and an unknown center', async () => {
    expect(codes(await api.run(NeighborhoodDocument, { id: 'imatinib', depth: 3, limit: 10 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run(NeighborhoodDocument, { id: 'imatinib', depth: 1, limit: 101 }))).toEqual(['BAD_USER_INPUT']);
    const missing = await api.run(NeighborhoodDocument, { id: 'no-such-node', depth: 1, limit: 10 });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    expect(missing.data).toEqual({ neighborhood: null });
  });
});

describe('paths', () => {
  const api = useApi();

  it('connects imatinib to gastrointestinal stromal tumor, with type, direction and citations on every hop', async () => {
    const { paths } = await api.data(PathsDocument, { from: 'imatinib', to: 'gastrointestinal-stromal-tumor', maxHops: 4 });
    expect(paths!.length).toBeGreaterThan(0);
    const [shortest] = paths!;
    expect(shortest!.length).toBe(1);
    expect(shortest!.nodes.map((n) => n.id)).toEqual(['imatinib', 'gastrointestinal-stromal-tumor']);
    expect(shortest!.steps[0]).toMatchObject({
      from: { id: 'imatinib' },
      to: { id: 'gastrointestinal-stromal-tumor' },
      direction: 'FORWARD',
      fact: { relationship: 'USED_FOR', subject: { id: 'imatinib' }, object: { id: 'gastrointestinal-stromal-tumor' } },
    });
    expect(shortest!.steps[0]!.fact.citations.length).toBeGreaterThan(0);
  });

  it('walks relationships against their direction and says so', async () => {
    const { paths } = await api.data(PathsDocument, { from: 'chronic-myeloid-leukemia', to: 'kit', maxHops: 4 });
    expect(paths!.length).toBeGreaterThan(0);
    for (const path of paths!) {
      expect(path.steps).toHaveLength(path.length);
      expect(path.nodes[0]!.id).toBe('chronic-myeloid-leukemia');
      expect(path.nodes.at(-1)!.id).toBe('kit');
      for (const [i, step] of path.steps.entries()) {
        expect(step.from.id).toBe(path.nodes[i]!.id);
        expect(step.to.id).toBe(path.nodes[i + 1]!.id);
        const forward = step.fact.subject.id === step.from.id;
        expect(step.direction).toBe(forward ? 'FORWARD' : 'BACKWARD');
        expect(step.fact.citations.length).toBeGreaterThan(0);
      }
    }
    expect(paths!.some((p) => p.steps.some((s) => s.direction === 'BACKWARD'))).toBe(true);
  });

  it('by default goes up the subtype tree, not through the treatment-type hub: osimertinib → lung cancer', async () => {
    const { paths } = await api.data(PathsDocument, { from: 'osimertinib', to: 'lung-cancer', maxHops: 4 });
    expect(paths!.length).toBeGreaterThan(0);
    for (const path of paths!) {
      expect(path.length).toBeGreaterThan(1);
      for (const node of path.nodes.slice(1, -1)) expect(['Therapy', 'CancerType', 'Biomarker']).toContain(node.__typename);
      expect(path.steps.at(-1)!.fact.relationship).toBe('SUBTYPE_OF');
    }
    // Allowed through treatment types, the two-step answer through the hub comes back.
    const { paths: viaHub } = await api.data(PathsDocument, {
      from: 'osimertinib',
      to: 'lung-cancer',
      maxHops: 4,
      types: ['THERAPY', 'CANCER_TYPE', 'BIOMARKER', 'TREATMENT_TYPE'],
    });
    expect(viaHub!.map((p) => p.nodes.map((n) => n.id))).toContainEqual(['osimertinib', 'targeted-therapy', 'lung-cancer']);
  });

  it('follows only the relationships asked for and avoids excluded ids', async () => {
    const { paths: all } = await api.data(PathsDocument, { from: 'imatinib', to: 'dasatinib', maxHops: 4 });
    expect(all!.flatMap((p) => p.nodes.map((n) => n.id))).toContain('bcr-abl');
    const { paths } = await api.data(PathsDocument, { from: 'imatinib', to: 'dasatinib', maxHops: 4, exclude: ['BCR-ABL'] });
    expect(paths!.length).toBeGreaterThan(0);
    for (const path of paths!) expect(path.nodes.map((n) => n.id)).not.toContain('bcr-abl');
    const { paths: targets } = await api.data(PathsDocument, { from: 'imatinib', to: 'dasatinib', maxHops: 4, relationships: ['TARGETS'] });
    expect(targets!.length).toBeGreaterThan(0);
    for (const path of targets!) for (const step of path.steps) expect(step.fact.relationship).toBe('TARGETS');
  });

  it('returns no path beyond maxHops, and rejects bad arguments and unknown ids', async () => {
    const everyKind = ['THERAPY', 'CANCER_TYPE', 'BIOMARKER', 'TREATMENT_TYPE'] as const;
    const near = await api.data(PathsDocument, { from: 'trastuzumab', to: 'imatinib', maxHops: 2, types: [...everyKind] });
    expect(near.paths!.length).toBeGreaterThan(0);
    const tooShort = await api.data(PathsDocument, { from: 'trastuzumab', to: 'imatinib', maxHops: 1, types: [...everyKind] });
    expect(tooShort.paths).toEqual([]);
    expect(codes(await api.run(PathsDocument, { from: 'imatinib', to: 'oral', maxHops: 5 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run(PathsDocument, { from: 'imatinib', to: 'IMATINIB', maxHops: 2 }))).toEqual(['BAD_USER_INPUT']);
    const unknown = await api.run(PathsDocument, { from: 'imatinib', to: 'nowhere', maxHops: 2 });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.errors![0]!.message).toMatch(/nowhere/);
  });
});
