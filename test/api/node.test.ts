import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { describe, expect, it } from 'vitest';
import { MetaDocument, NodeDocument, NodesDocument, TherapyDocument } from '../../src/graphql/generated/operations/graphql.ts';
import { codes, useApi } from './support/api.ts';
import { cachedPlans } from './support/plan-cache.ts';

describe('lookups by id', () => {
  const api = useApi();

  it('finds any node by id, typed, without knowing its kind', async () => {
    expect((await api.data(NodeDocument, { id: 'imatinib' })).node).toMatchObject({
      __typename: 'Therapy',
      id: 'imatinib',
      name: 'Imatinib',
      kind: 'SMALL_MOLECULE',
    });
    expect((await api.data(NodeDocument, { id: 'label-gleevec' })).node).toMatchObject({ __typename: 'Citation' });
    const claim = (await api.data(NodeDocument, { id: 'claim-oral-small-molecules' })).node;
    expect(claim).toMatchObject({ __typename: 'Claim' });
    expect(claim && 'about' in claim ? claim.about.map((n) => n.id) : []).toContain('imatinib');
  });

  it('answers a miss with null and NOT_FOUND naming the id, for node and for therapy', async () => {
    const missing = await api.run(NodeDocument, { id: 'no-such-id' });
    expect(missing.data).toEqual({ node: null });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    expect(missing.errors![0]!.message).toMatch(/no-such-id/);
    expect(missing.errors![0]!.path).toEqual(['node']);
    const wrongKind = await api.run(TherapyDocument, { id: 'oral' });
    expect(wrongKind.data).toEqual({ therapy: null });
    expect(codes(wrongKind)).toEqual(['NOT_FOUND']);
    expect((await api.data(TherapyDocument, { id: 'imatinib' })).therapy).toEqual({ id: 'imatinib', name: 'Imatinib' });
  });

  it('finds several nodes in one round trip, in order, each miss null with its own NOT_FOUND', async () => {
    const answer = await api.run(NodesDocument, { ids: ['oral', 'nope', 'imatinib', 'leukemia'] });
    expect(answer.data!.nodes).toEqual([
      { __typename: 'DeliveryRoute', id: 'oral' },
      null,
      { __typename: 'Therapy', id: 'imatinib' },
      { __typename: 'CancerType', id: 'leukemia' },
    ]);
    expect(codes(answer)).toEqual(['NOT_FOUND']);
    expect(answer.errors![0]!.path).toEqual(['nodes', 1]);
    expect(answer.roundTrips).toBe(1);
    const tooMany = await api.run(NodesDocument, { ids: Array.from({ length: 101 }, (_, i) => `id-${i}`) });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.roundTrips).toBe(0);
  });

  it('plans nodes(ids) once whatever the number of ids (the ids are one map parameter)', async () => {
    await cachedPlans(api);
    for (const ids of [['imatinib'], ['imatinib', 'leukemia'], ['imatinib', 'leukemia', 'oral']]) {
      const data = await api.data(NodesDocument, { ids });
      expect(data.nodes.map((n) => n?.id)).toEqual(ids);
    }
    expect(await cachedPlans(api)).toBe(1);
  });
});

describe('meta', () => {
  const api = useApi();

  it('gives the seed version, its release, load time and a count per kind', async () => {
    const { meta } = await api.data(MetaDocument);
    expect(meta.seedVersion).toMatch(/^[0-9a-f]{64}$/);
    expect(meta.release).toBe((await readFile(path.join(loadConfig().seedDir, 'RELEASE'), 'utf8')).trim());
    expect(Number.isNaN(Date.parse(meta.loadedAt!))).toBe(false);
    const therapies = meta.counts.find((c) => c.label === 'Therapy');
    expect(therapies!.count).toBeGreaterThan(50);
    expect(meta.counts.map((c) => c.label).sort()).toEqual(
      ['Biomarker', 'CancerType', 'Citation', 'Claim', 'DeliveryRoute', 'Indication', 'Mechanism', 'SafetyPrecaution', 'Schedule', 'Therapy', 'TreatmentGoal', 'TreatmentType'],
    );
    const counts = meta.counts.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
