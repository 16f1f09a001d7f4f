import { describe, expect, it } from 'vitest';
import {
  CancerTypesPageDocument,
  CitationsPageDocument,
  TherapiesPageDocument,
  TreatmentTypesPageDocument,
} from '../../src/graphql/generated/operations/graphql.ts';
import { allPages } from './support/all-pages.ts';
import { useApi } from './support/api.ts';
import { cachedPlans } from './support/plan-cache.ts';

describe('filters and sorting', () => {
  // A list statement with a filter and a cursor is planned once, then cached; on a cold,
  // heavily shared test machine that first planning alone passed 10 s (as in unknown-ids.test.ts).
  const api = useApi({ QUERY_TIMEOUT_MS: '30000' });
  // Whole lists, page by page: the seed holds more than one page (100) of therapies.
  const therapies = (variables: Record<string, unknown>) =>
    allPages(async (after) => (await api.data(TherapiesPageDocument, { ...variables, first: 100, after })).therapies);
  const therapyIds = async (filter: Record<string, unknown>) => (await therapies({ filter })).map((e) => e.node.id);

  it('filters therapies by kind, target (biomarker), mechanism, precaution, treatment type and goal', async () => {
    const antibodies = await therapies({ filter: { kinds: ['MONOCLONAL_ANTIBODY'] } });
    expect(antibodies.length).toBeGreaterThan(3);
    expect(antibodies.every((e) => e.node.kind === 'MONOCLONAL_ANTIBODY')).toBe(true);
    expect(await therapyIds({ targets: ['bcr-abl'] })).toEqual(expect.arrayContaining(['imatinib', 'dasatinib', 'nilotinib']));
    expect(await therapyIds({ targets: ['her2'] })).toContain('trastuzumab');
    expect(await therapyIds({ targets: ['her2'] })).not.toContain('imatinib');
    const precaution = await therapyIds({ precautions: ['hazardous-drug-handling'] });
    expect(precaution.length).toBeGreaterThan(0);
    expect(precaution.length).toBeLessThan(await therapyIds({}).then((a) => a.length));
    const all = await therapyIds({});
    expect(await therapyIds({ treatmentTypes: ['targeted-therapy'] })).toEqual(all);
    expect(await therapyIds({ mechanisms: ['targets-biomarkers'] })).toContain('imatinib');
    // A therapy's goals are those of its indications (test/api/indications.test.ts checks each).
    expect((await therapyIds({ goals: ['cure', 'control', 'palliation'] })).length).toBeGreaterThan(0);
    expect(await therapyIds({ goals: ['no-such-goal'] })).toEqual([]);
  });

  it('runs one statement text for any mix of the filters that do not lead the plan (Neo4j plans it once)', async () => {
    const list = (filter: string) => `{ therapies(filter: ${filter}, first: 5) { edges { node { id } } } }`;
    const byRoute = await api.run(list('{ routes: ["oral"] }'));
    const byTargetAndName = await api.run(list('{ targets: ["bcr-abl"], nameContains: "nib" }'));
    const unfiltered = await api.run(list('{}'));
    for (const answer of [byRoute, byTargetAndName, unfiltered]) expect(answer.errors).toBeUndefined();
    const ids = (a: typeof byRoute) => (a.data as { therapies: { edges: { node: { id: string } }[] } }).therapies.edges.map((e) => e.node.id);
    expect(ids(byRoute)).not.toEqual(ids(byTargetAndName)); // different answers ...
    expect(byRoute.statements).toEqual(byTargetAndName.statements); // ... from the same text
    expect(unfiltered.statements).toEqual(byRoute.statements);
  });

  it('plans that one text once whatever fields and values are given (Neo4j keys its plan cache by text and parameter types)', async () => {
    // Each text runs at most 10 times here (support/plan-cache.ts).
    const plans = () => cachedPlans(api);
    // The count is a signal: one text, a list parameter of another length, is a second plan.
    await plans();
    for (const ids of [['a'], ['a', 'b']]) await api.deps.driver.executeQuery('MATCH (n:Therapy) WHERE n.id IN $ids RETURN count(n)', { ids }, { database: api.deps.database });
    expect(await plans()).toBe(2);
    // Unfiltered, the total comes from the count store: that list has a text of its own (test/api/index-ordered-pages.test.ts).
    const filters = ['{ routes: ["oral"] }', '{ routes: ["oral", "intravenous"] }', '{ targets: ["bcr-abl"], nameContains: "nib" }', '{ ids: ["imatinib", "trastuzumab"] }', '{ goals: ["cure"], mechanisms: ["targets-biomarkers"] }'];
    const statements = new Set<string>();
    for (const filter of filters) {
      const answer = await api.run(`{ therapies(filter: ${filter}, first: 5) { totalCount edges { node { id } } } }`);
      expect(answer.errors).toBeUndefined();
      answer.statements.forEach((s) => statements.add(s));
    }
    expect(statements.size).toBe(1);
    expect(await plans()).toBe(1);
  });

  it('matches a name or an alias, ignoring case', async () => {
    expect(await therapyIds({ nameContains: 'IMATIN' })).toEqual(['imatinib']);
    expect(await therapyIds({ nameContains: 'gleevec' })).toEqual(['imatinib']);
    expect(await therapyIds({ ids: ['imatinib', 'trastuzumab', 'nope'] })).toEqual(['imatinib', 'trastuzumab']);
  });

  it('filters other lists: cancer types by parent and level, treatment types by scope and goal, citations by kind', async () => {
    const subtypes = await api.data(CancerTypesPageDocument, { filter: { subtypeOf: ['leukemia'] }, first: 100 });
    const ids = subtypes.cancerTypes.edges.map((e) => e.node.id);
    expect(ids).toContain('chronic-myeloid-leukemia');
    expect(ids).not.toContain('leukemia');
    const top = await api.data(CancerTypesPageDocument, { filter: { topLevel: true }, first: 100 });
    expect(top.cancerTypes.edges.every((e) => e.node.parent === null)).toBe(true);
    expect(top.cancerTypes.edges.map((e) => e.node.id)).toContain('leukemia');
    const used = await api.data(CancerTypesPageDocument, { filter: { therapies: ['imatinib'] }, first: 100 });
    expect(used.cancerTypes.edges.map((e) => e.node.id)).toContain('gastrointestinal-stromal-tumor');

    const local = await api.data(TreatmentTypesPageDocument, { filter: { scopes: ['LOCAL'] } });
    const systemic = await api.data(TreatmentTypesPageDocument, { filter: { scopes: ['SYSTEMIC'] } });
    expect(systemic.treatmentTypes.edges.map((e) => e.node.id)).toContain('targeted-therapy');
    expect(local.treatmentTypes.edges.map((e) => e.node.id)).not.toContain('targeted-therapy');

    const labels = await allPages(async (after) => (await api.data(CitationsPageDocument, { filter: { kinds: ['DRUG_LABEL'] }, first: 100, after })).citations);
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.every((e) => e.node.kind === 'DRUG_LABEL')).toBe(true);
  });

  it('sorts by name either way, by kind with id as tie-breaker, and citations by date', async () => {
    const asc = (await therapies({})).map((e) => e.node);
    const desc = (await therapies({ sort: { field: 'NAME', direction: 'DESC' } })).map((e) => e.node);
    // Neo4j compares strings by code point; so does `<` on JS strings.
    const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => {
      const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
      return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
    };
    expect(asc.map((n) => n.id)).toEqual([...asc].sort(byName).map((n) => n.id));
    expect(desc.map((n) => n.id)).toEqual([...asc].reverse().map((n) => n.id));

    const byKind = (await therapies({ sort: { field: 'KIND', direction: 'ASC' } })).map((e) => e.node);
    const expected = [...byKind].sort((a, b) => {
      const ka = a.kind.toLowerCase().replaceAll('_', '-');
      const kb = b.kind.toLowerCase().replaceAll('_', '-');
      return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : 1;
    });
    expect(byKind.map((n) => n.id)).toEqual(expected.map((n) => n.id));

    const cited = (
      await allPages(async (after) => (await api.data(CitationsPageDocument, { first: 100, after, sort: { field: 'DATE', direction: 'DESC' } })).citations)
    ).map((e) => e.node.date ?? '');
    expect(cited).toEqual([...cited].sort().reverse());
  });

  it('keeps the order stable across pages when many items share a sort value', async () => {
    const sort = { field: 'KIND', direction: 'DESC' } as const;
    const whole = (await therapies({ sort })).map((e) => e.node.id);
    // Pages of 30 cut the list at other places than pages of 100 do.
    const small = await allPages(async (after) => (await api.data(TherapiesPageDocument, { first: 30, after, sort })).therapies);
    expect(small.map((e) => e.node.id)).toEqual(whole);
    expect(new Set(whole).size).toBe(whole.length);
  });
});
