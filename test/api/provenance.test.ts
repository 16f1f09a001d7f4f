import { describe, expect, it } from 'vitest';
import {
  BiomarkerTherapiesDocument,
  CancerTypeTherapiesDocument,
  TherapyDetailDocument,
  VocabularyDocument,
} from '../../src/graphql/generated/operations/graphql.ts';
import { useApi } from './support/api.ts';

describe('facts and their citations, both ways along every relationship', () => {
  const api = useApi();

  it('gives each of a therapy’s facts with its citations, as stored on the relationship', async () => {
    const { therapy } = await api.data(TherapyDetailDocument, { id: 'imatinib' });
    expect(therapy!.aliases).toContain('Gleevec');
    expect(therapy!.kind).toBe('SMALL_MOLECULE');
    expect(therapy!.citations.length).toBeGreaterThan(0);
    const oral = therapy!.routeFacts.find((f) => f.object.id === 'oral');
    expect(oral).toMatchObject({ relationship: 'ADMINISTERED_VIA', subject: { id: 'imatinib' } });
    expect(oral!.citations.map((c) => c.id).sort()).toEqual(['acs-targeted-therapy', 'label-gleevec']);
    expect(oral!.citations.every((c) => c.title.length > 0)).toBe(true);
    expect(therapy!.routeFacts.map((f) => f.object.id)).toEqual(therapy!.routes.map((r) => r.id));
    expect(therapy!.cancerTypeFacts.map((f) => f.object.id)).toEqual(therapy!.cancerTypes.map((c) => c.id));
    expect(therapy!.targetFacts.map((f) => f.object.id).sort()).toEqual(['bcr-abl', 'kit', 'pdgfr']);
    for (const fact of [...therapy!.routeFacts, ...therapy!.cancerTypeFacts, ...therapy!.targetFacts]) {
      expect(fact.citations.length).toBeGreaterThan(0);
    }
    expect(therapy!.treatmentTypes[0]).toMatchObject({ id: 'targeted-therapy', scope: 'SYSTEMIC' });
    expect(therapy!.claims.totalCount).toBeGreaterThan(0);
    expect(therapy!.claims.edges[0]!.node.support.length).toBeGreaterThan(0);
  });

  it('walks a relationship the other way: a cancer type’s therapies, with subtypes or not, and their facts', async () => {
    const all = await api.data(CancerTypeTherapiesDocument, { id: 'leukemia', includeSubtypes: true, first: 100 });
    const direct = await api.data(CancerTypeTherapiesDocument, { id: 'leukemia', includeSubtypes: false, first: 100 });
    const ct = all.cancerType!;
    expect(ct.therapies.edges.map((e) => e.node.id)).toContain('imatinib');
    expect(direct.cancerType!.therapies.edges.map((e) => e.node.id)).not.toContain('imatinib');
    expect(ct.therapies.totalCount).toBeGreaterThan(direct.cancerType!.therapies.totalCount);
    // One fact per relationship: imatinib is used for several leukemia subtypes.
    const imatinibFacts = ct.therapyFacts.edges.filter((e) => e.node.subject.id === 'imatinib').map((e) => e.node);
    expect(imatinibFacts.length).toBeGreaterThan(1);
    expect(imatinibFacts.map((f) => f.object.id)).toContain('chronic-myeloid-leukemia');
    for (const f of imatinibFacts) {
      expect(f.relationship).toBe('USED_FOR');
      expect(f.citations.length).toBeGreaterThan(0);
    }
    expect(ct.therapyFacts.totalCount).toBeGreaterThanOrEqual(ct.therapies.totalCount);
    expect(ct.subtypes.map((s) => s.id)).toContain('chronic-myeloid-leukemia');
    expect(ct.subtypeFacts.every((f) => f.object.id === 'leukemia' && f.citations.length > 0)).toBe(true);
  });

  it('gives a subtype’s parent and the cited SUBTYPE_OF fact', async () => {
    const { cancerType } = await api.data(CancerTypeTherapiesDocument, { id: 'chronic-myeloid-leukemia', includeSubtypes: true, first: 1 });
    expect(cancerType!.parent).toEqual({ id: 'leukemia' });
    expect(cancerType!.parentFact).toMatchObject({
      relationship: 'SUBTYPE_OF',
      subject: { id: 'chronic-myeloid-leukemia' },
      object: { id: 'leukemia' },
    });
    expect(cancerType!.parentFact!.citations.length).toBeGreaterThan(0);
  });

  it('pages a cancer type’s therapies filtered by route, and a biomarker’s therapies with facts', async () => {
    const page1 = await api.data(CancerTypeTherapiesDocument, { id: 'leukemia', includeSubtypes: true, first: 3, filter: { routes: ['oral'] } });
    const page2 = await api.data(CancerTypeTherapiesDocument, {
      id: 'leukemia',
      includeSubtypes: true,
      first: 100,
      after: page1.cancerType!.therapies.pageInfo.endCursor,
      filter: { routes: ['oral'] },
    });
    const walked = [...page1.cancerType!.therapies.edges, ...page2.cancerType!.therapies.edges].map((e) => e.node.id);
    expect(walked).toHaveLength(page1.cancerType!.therapies.totalCount);
    expect(new Set(walked).size).toBe(walked.length);
    const { biomarker } = await api.data(BiomarkerTherapiesDocument, { id: 'kit' });
    expect(biomarker!.therapies.edges.map((e) => e.node.id)).toContain('imatinib');
    expect(biomarker!.therapyFacts.edges.every((e) => e.node.object.id === 'kit' && e.node.citations.length > 0)).toBe(true);
  });

  it('navigates every other kind, with facts behind treatment types’ goals', async () => {
    const data = await api.data(VocabularyDocument);
    expect(data.deliveryRoutes.edges.find((e) => e.node.id === 'oral')!.node.therapies.totalCount).toBeGreaterThan(10);
    const targeted = data.treatmentTypes.edges.find((e) => e.node.id === 'targeted-therapy')!.node;
    expect(targeted.goals.map((g) => g.id).sort()).toEqual(['control', 'cure', 'palliation']);
    expect(targeted.goalFacts.every((f) => f.citations.length > 0)).toBe(true);
    expect(targeted.therapies.totalCount).toBeGreaterThan(50);
    const goalTypes = data.treatmentGoals.edges.flatMap((e) => e.node.treatmentTypes.edges.map((t) => t.node.id));
    expect(goalTypes).toContain('targeted-therapy');
    expect(data.safetyPrecautions.edges[0]!.node.therapies.edges.length).toBeGreaterThan(0);
    expect(data.citations.totalCount).toBeGreaterThan(50);
  });
});
