/**
 * Ids in filters match ignoring case (the seed's ids are lower-case slugs), and an id that
 * names nothing of the kind its field expects is reported in `extensions.warnings`
 * (UNKNOWN_ID, the filter path, the value, close ids from the search), found by the list's
 * own statement: known ids cost no round trip more, unknown ones one search each for the
 * suggestions.
 */
import { describe, expect, it } from 'vitest';
import { useApi, type Answer } from './support/api.ts';

interface Warning {
  code: string;
  path: string;
  value: string;
  message: string;
  suggestions: string[];
}

const warnings = (answer: Answer<unknown>) => (answer.extensions?.warnings as Warning[] | undefined) ?? [];

const THERAPIES = `query($filter: TherapyFilter) { therapies(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;
type Therapies = { therapies: { totalCount: number; edges: { node: { id: string } }[] } };

describe('ids in filters', () => {
  // Neo4j plans each statement shape once (cached after); a page of facts of any kind with
  // their citations takes several seconds to plan on a cold, heavily shared test machine.
  const api = useApi({ QUERY_TIMEOUT_MS: '30000' });

  it('match ignoring case: routes ["Oral"] is routes ["oral"], cancerTypes ["Leukemia"] takes in its subtypes, targets ["EGFR"] is egfr', async () => {
    for (const [asked, seed] of [
      [{ routes: ['Oral'] }, { routes: ['oral'] }],
      [{ cancerTypes: ['Leukemia'] }, { cancerTypes: ['leukemia'] }],
      [{ targets: ['EGFR'], ids: ['OSIMERTINIB', 'Gefitinib'] }, { targets: ['egfr'], ids: ['osimertinib', 'gefitinib'] }],
    ] as const) {
      const upper = await api.run<Therapies, { filter: unknown }>(THERAPIES, { filter: asked });
      const lower = await api.run<Therapies, { filter: unknown }>(THERAPIES, { filter: seed });
      expect(lower.data!.therapies.totalCount, JSON.stringify(seed)).toBeGreaterThan(0);
      expect(upper.data!.therapies, JSON.stringify(asked)).toEqual(lower.data!.therapies);
      expect(warnings(upper)).toEqual([]);
      // Known ids: the list's one statement, and no warnings extension at all.
      expect(upper.roundTrips).toBe(1);
      expect(upper.extensions?.warnings).toBeUndefined();
    }
  });

  it('reports an id that names nothing: UNKNOWN_ID, the filter path, the value, and close ids', async () => {
    const answer = await api.run<Therapies, { filter: unknown }>(THERAPIES, { filter: { cancerTypes: ['NSCLC'], routes: ['oral'] } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.therapies.totalCount).toBe(0);
    const [w, ...rest] = warnings(answer);
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ code: 'UNKNOWN_ID', path: 'therapies.filter.cancerTypes', value: 'nsclc' });
    expect(w!.suggestions).toContain('non-small-cell-lung-cancer');
    expect(w!.message).toContain('no cancer type with id "nsclc"');
    expect(w!.message).toContain('did you mean');
    // The list's statement found the unknown id; one search for its suggestions.
    expect(answer.roundTrips).toBe(2);
  });

  it('reports only the unknown ids of a list that still matches, and an id of the wrong kind, under the alias asked', async () => {
    const answer = await api.run<{ oral: Therapies['therapies'] }, Record<string, never>>(
      `{ oral: therapies(filter: { targets: ["her2", "imatinib", "her22"] }) { totalCount } }`,
    );
    expect(answer.data!.oral.totalCount).toBeGreaterThan(0);
    const found = warnings(answer);
    expect(found.map((w) => [w.path, w.value])).toEqual([
      ['oral.filter.targets', 'imatinib'],
      ['oral.filter.targets', 'her22'],
    ]);
    // imatinib is a therapy, not a biomarker; the suggestions are biomarkers only.
    expect(found[0]!.message).toContain('no biomarker with id "imatinib"');
    expect(found[1]!.suggestions).toContain('her2');
  });

  it('reports unknown ids in facets and in the root facts list too', async () => {
    const facets = await api.run<{ facets: { total: number; byRoute: unknown[] } }, Record<string, never>>(
      `{ facets(filter: { routes: ["orall"], cancerTypes: ["Leukemia"] }) { total byRoute { count } } }`,
    );
    expect(facets.errors).toBeUndefined();
    expect(facets.data!.facets.total).toBe(0);
    expect(facets.data!.facets.byRoute.length).toBeGreaterThan(0);
    expect(warnings(facets).map((w) => [w.path, w.value, w.suggestions.includes('oral')])).toEqual([['facets.filter.routes', 'orall', true]]);

    const facts = await api.run<{ facts: { totalCount: number } }, Record<string, never>>(
      `{ facts(filter: { citations: ["niosh-hazardous-drug", "ACS-Targeted-Therapy"] }) { totalCount } }`,
    );
    expect(facts.data!.facts.totalCount).toBeGreaterThan(0);
    const [w] = warnings(facts);
    expect(w).toMatchObject({ code: 'UNKNOWN_ID', path: 'facts.filter.citations', value: 'niosh-hazardous-drug' });
    expect(w!.suggestions).toContain('niosh-hazardous-drugs-2024');
  });

  it('caps warnings (20) and suggestion searches (3) for the request as a whole, though its aliases resolve at once', async () => {
    const aliases = Array.from({ length: 8 }, (_, a) => `a${a}: therapies(filter: { routes: ["nowhere-${a}-x", "nowhere-${a}-y", "nowhere-${a}-z"] }, first: 1) { totalCount }`);
    const answer = await api.run<Record<string, unknown>, Record<string, never>>(`{ ${aliases.join(' ')} }`);
    expect(answer.errors).toBeUndefined();
    const found = warnings(answer);
    expect(found).toHaveLength(20);
    // One statement per alias, and a search for the first three unknown ids only.
    expect(answer.roundTrips).toBe(8 + 3);
    expect(found.slice(3).every((w) => w.suggestions.length === 0 && !w.message.includes('did you mean'))).toBe(true);
  });

  it('keeps other extensions beside the warnings', async () => {
    const answer = await api.run(THERAPIES, { filter: { routes: ['nowhere'] } });
    expect(warnings(answer)).toHaveLength(1);
    expect(Object.keys(answer.extensions ?? {})).toEqual(expect.arrayContaining(['warnings', 'cost']));
  });
});
