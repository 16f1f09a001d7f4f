import { describe, expect, it } from 'vitest';
import { compileOperation } from './compile-operation.ts';

/**
 * The Cypher each root field compiles to (snapshots in __snapshots__): a change to the
 * compiler shows its effect on every statement in review. One statement per root field.
 */
const fact = '{ relationship subject { id } object { id displayName } citations { id title } }';

const cases: Record<string, string> = {
  'a root list with only ids': '{ therapies(first: 5) { edges { node { id } } } }',
  'the flagship: filters, total, routes and cancer types': `{ therapies(filter: { routes: ["oral"], cancerTypes: ["leukemia"] }, first: 50) {
    totalCount edges { cursor node { id name routes { id name } cancerTypes { id name } } } pageInfo { hasNextPage endCursor } } }`,
  'an unfiltered page by id (read in index order) with its total (from the count store)': '{ therapies(first: 50, sort: { field: ID }) { totalCount edges { node { id } } } }',
  'a page by name after a cursor (an index seek from the cursor)': '{ therapies(first: 5, after: "eyJsIjoiVGhlcmFweSBieSBOQU1FIiwiayI6WyJpbWF0aW5pYiIsImltYXRpbmliIl19") { edges { node { id name } } } }',
  'routes joined with the cancer-type subtree': '{ therapies(filter: { cancerTypes: ["leukemia"], routes: ["oral"], targets: ["bcr-abl"] }, first: 5) { edges { node { id } } } }',
  'a page of 50 with three fact lists and their citations': `{ therapies(first: 50) { edges { node { id name routeFacts ${fact} cancerTypeFacts ${fact} targetFacts ${fact} } } } }`,
  'sorted backwards from a cursor': '{ therapies(sort: { field: KIND, direction: DESC }, last: 3, before: "eyJsIjoiVGhlcmFweSBieSBLSU5EIiwiayI6WyJzbWFsbC1tb2xlY3VsZSIsImltYXRpbmliIl19") { edges { node { id kind } } } }',
  'cancer types with a nested connection rolling up subtypes, with total': `{ cancerTypes(first: 40) { edges { node { id
    therapies(first: 3) { totalCount edges { node { id routes { id } } } }
    own: therapies(first: 2, includeSubtypes: false, sort: { field: ID, direction: DESC }) { edges { cursor node { id } } } } } } }`,
  'a nested facts connection': '{ deliveryRoutes { edges { node { id therapyFacts(first: 2) { edges { node { subject { id } object { id } citations { id } } } } } } } }',
  'a lookup with everything of a therapy': `{ therapy(id: "imatinib") {
    id name displayName description aliases kind citations { id title }
    routes { id name } routeFacts ${fact} treatmentTypes { id name scope goals { id } }
    claims(first: 5) { totalCount edges { node { id kind text supportStatus support { section excerpt citation { id } } about { id displayName } } } } } }`,
  'a cancer type with its parent and subtypes': '{ cancerType(id: "chronic-myeloid-leukemia") { id parent { id } parentFact { relationship object { id } } subtypes { id } subtypeFacts { subject { id } } } }',
  'a citation with its claims': '{ citation(id: "acs-targeted-therapy") { title status claims(first: 5) { totalCount edges { node { id text } } } } }',
  'a citation with the entities citing it (citedBy)': `{ citation(id: "niosh-hazardous-drugs-2024") { id
    citedBy(first: 5) { totalCount edges { cursor node { id displayName ... on Therapy { routes { id } } } } pageInfo { hasNextPage } } } }`,
  'facts resting on the founding page alone, with both ends and their citations': `{ facts(filter: { citations: ["acs-targeted-therapy"], maxCitations: 1 }, first: 20) {
    totalCount edges { cursor node { relationship subject { id displayName } object { id ... on Therapy { name } } citations { id title } } } pageInfo { hasNextPage endCursor } } }`,
  'facts by relationship, subject kind and number of sources, after a cursor': `{ facts(filter: { relationships: [USED_FOR], subjectKinds: [THERAPY], minCitations: 2 }, first: 5,
    after: "eyJsIjoiZmFjdHMiLCJrIjpbIlVTRURfRk9SIiwiaW1hdGluaWIiLCJsZXVrZW1pYSJdfQ") { edges { node { subject { id } object { id } } } } }`,
  'node with fragments on two kinds': `{ node(id: "imatinib") { id displayName ... on Therapy { name routes { id } } ...ct } }
    fragment ct on CancerType { subtypes { id } }`,
  'a citation with the facts it supports': '{ citation(id: "acs-targeted-therapy") { id supports(first: 3) { totalCount edges { cursor node { relationship subject { id } object { displayName } } } } } }',
  'search hits with a kind filter and kind-specific fields': `{ search(query: "imatinib", types: [THERAPY, CANCER_TYPE], first: 5) { totalCount edges { score node { id displayName ... on Therapy { routes { id } } } } } }`,
  'a neighborhood with its edges and their citations': `{ neighborhood(id: "leukemia", depth: 2, limit: 10, exclude: ["targeted-therapy"]) {
    center { id displayName } nodes { id ... on Therapy { name } } edges ${fact} truncated } }`,
  'a neighborhood one step out, every kind allowed (no node test, no second step)': `{ neighborhood(id: "imatinib", depth: 1) { nodes { id } truncated } }`,
  'paths with steps, their ends and facts': `{ paths(from: "imatinib", to: "leukemia", maxHops: 3, types: [THERAPY, CANCER_TYPE]) {
    length nodes { id displayName } steps { from { id } to { id displayName } direction fact ${fact} } } }`,
  'paths through every kind (no node test)': `{ paths(from: "imatinib", to: "breast-cancer", types: [THERAPY, CANCER_TYPE, DELIVERY_ROUTE, TREATMENT_GOAL, MECHANISM, BIOMARKER, SAFETY_PRECAUTION, SCHEDULE, TREATMENT_TYPE, INDICATION]) {
    nodes { id } steps { direction fact { relationship } } } }`,
  'provenance of a therapy': `{ provenance(id: "imatinib") { node { id displayName } citations { id title }
    factGroups { relationship direction count facts ${fact} } claims { id text supportStatus support { section excerpt citation { id title } } } } }`,
  'nodes with @include and @skip': '{ nodes(ids: ["imatinib", "leukemia"]) { id ... on Therapy { name @include(if: false) kind @skip(if: false) } } }',
};

describe('compiled root fields', () => {
  it.each(Object.entries(cases))('%s', (_name, query) => {
    const statements = compileOperation(query);
    for (const [field, { cypher, params }] of Object.entries(statements)) {
      expect(cypher).not.toMatch(/imatinib|leukemia|oral/); // every value is a parameter
      expect({ cypher, params }).toMatchSnapshot(field);
    }
  });

  it('gives the same text for the same shape, whatever the values', () => {
    const a = compileOperation('{ therapies(filter: { routes: ["oral"] }, first: 5) { edges { node { id } } } }').therapies!;
    const b = compileOperation('{ therapies(filter: { routes: ["infusion", "x"] }, first: 50) { edges { node { id } } } }').therapies!;
    expect(a.cypher).toBe(b.cypher);
  });

  it('reads variables, aliases and fragments', () => {
    const { first, second } = compileOperation(
      'query Q($k: [TherapyKind!]) { first: therapies(filter: { kinds: $k }) { edges { node { ...f } } } second: therapy(id: "x") { ...f } } fragment f on Therapy { id name }',
      { k: ['SMALL_MOLECULE'] },
    );
    expect(Object.values(first!.params)).toContainEqual(expect.objectContaining({ kinds: ['small-molecule'] }));
    expect(first!.cypher).toContain('.name');
    expect(second!.cypher).toContain('.name');
  });
});
