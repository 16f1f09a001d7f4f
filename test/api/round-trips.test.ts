import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { rootFields } from '../../src/model/api-fields.ts';
import { KIND_NAMES } from '../../src/model/kinds.ts';
import { OralLeukemiaDocument, TherapiesWithFactsDocument } from '../../src/graphql/generated/operations/graphql.ts';
import { useApi } from './support/api.ts';

/**
 * Every root field compiled from its selection costs ONE statement, whatever it nests and
 * however many items it returns: lists, lookups, search, neighborhood, paths, provenance
 * and facets (all its groups). The audit, which reads the whole graph and selects nothing
 * of it, keeps a bounded few. Checked on every README example and every workload of the
 * benchmark.
 */
const COMPILED = new Set([
  ...KIND_NAMES.flatMap((k) => [rootFields[k].list, rootFields[k].lookup].filter((f): f is string => f !== undefined)),
  'node',
  'nodes',
  'search',
  'neighborhood',
  'paths',
  'provenance',
  'facets',
  'facts',
]);
const atMost: Record<string, number> = { audit: 3 };

/** What an operation may cost, and whether exactly (every root field compiled). */
function budget(query: string): { statements: number; exact: boolean } {
  const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fields = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
  const statements = fields.reduce((sum, f) => {
    if (COMPILED.has(f.name.value)) return sum + 1;
    const most = atMost[f.name.value];
    if (most === undefined) throw new Error(`no statement budget for root field ${f.name.value}`);
    return sum + most;
  }, 0);
  return { statements, exact: fields.every((f) => COMPILED.has(f.name.value)) };
}

/** Exactly one statement per compiled root field; at most the budget of the others. */
function expectWithinBudget(roundTrips: number, query: string): void {
  const { statements, exact } = budget(query);
  if (exact) expect(roundTrips).toBe(statements);
  else expect(roundTrips).toBeLessThanOrEqual(statements);
}

const readmeExamples = [...readFileSync(path.join(projectRoot, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

const fact = '{ object { id displayName } citations { id title } }';
const workloads: Record<string, string> = {
  flagship: `{ therapies(filter: { routes: ["oral"], cancerTypes: ["leukemia"] }, first: 50) {
    totalCount edges { node { id name routes { id name } cancerTypes { id name } } } } }`,
  page50: `{ therapies(first: 50) { edges { node { id name routeFacts ${fact} cancerTypeFacts ${fact} targetFacts ${fact} } } } }`,
  search: '{ search(query: "imatinib", types: [THERAPY], first: 10) { totalCount edges { score node { id displayName } } } }',
  neighborhood: '{ neighborhood(id: "leukemia", depth: 2, limit: 50) { nodes { id displayName } edges { relationship subject { id } object { id } } truncated } }',
  paths: '{ paths(from: "imatinib", to: "gastrointestinal-stromal-tumor", maxHops: 3) { length steps { from { id } to { id } direction fact { relationship } } } }',
  provenance: `{ provenance(id: "imatinib") { node { id displayName } citations { id title }
    factGroups { relationship direction facts { subject { id } object { id } citations { id title } } }
    claims { id text support { citation { id title } section excerpt } } } }`,
};

describe('Neo4j statements per operation', () => {
  const api = useApi();

  it.each(readmeExamples.map((q) => [/query (\w+)/.exec(q)?.[1] ?? q.slice(0, 30), q]))('README example %s: one statement per compiled root field', async (_name, query) => {
    const answer = await api.run(query);
    expect(answer.errors).toBeUndefined();
    expectWithinBudget(answer.roundTrips, query);
  });

  it.each(Object.entries(workloads))('benchmark workload %s: one statement per compiled root field', async (_name, query) => {
    const answer = await api.run(query);
    expect(answer.errors).toBeUndefined();
    expectWithinBudget(answer.roundTrips, query);
  });

  it('the flagship is one statement: the page, its count, routes and cancer types', async () => {
    const answer = await api.run(OralLeukemiaDocument);
    expect(answer.errors).toBeUndefined();
    expect(answer.statements).toHaveLength(1);
  });

  it('a page of 50 therapies with three fact lists and each fact’s citations is one statement, like a page of 5', async () => {
    const five = await api.run(TherapiesWithFactsDocument, { first: 5 });
    const fifty = await api.run(TherapiesWithFactsDocument, { first: 50 });
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data!.therapies.edges).toHaveLength(50);
    const citations = fifty.data!.therapies.edges.flatMap((e) => [...e.node.routeFacts, ...e.node.targetFacts].flatMap((f) => f.citations));
    expect(citations.length).toBeGreaterThan(50);
    expect(five.roundTrips).toBe(1);
    expect(fifty.roundTrips).toBe(1);
  });

  it('a page of citations, each with a page of the facts it supports and their citations: one statement', async () => {
    const answer = await api.run(`{ citations(first: 30) { edges { node { id
      supports(first: 3) { totalCount edges { node { subject { id displayName } object { id } citations { id } } } } } } } }`);
    expect(answer.errors).toBeUndefined();
    const pages = (answer.data as { citations: { edges: { node: { supports: { totalCount: number } } }[] } }).citations.edges;
    expect(pages.some((e) => e.node.supports.totalCount > 0)).toBe(true);
    expect(answer.roundTrips).toBe(1);
  });

  it('nested connections, aliased with their own arguments, under a page of cancer types: one statement', async () => {
    const query = (first: number) => `{ cancerTypes(first: ${first}) { edges { node { id
      therapies(first: 3) { totalCount edges { node { id routes { id } } } }
      own: therapies(first: 1, includeSubtypes: false) { edges { node { id } } } } } } }`;
    const few = await api.run(query(2));
    const many = await api.run(query(40));
    expect(many.errors).toBeUndefined();
    expect(few.roundTrips).toBe(1);
    expect(many.roundTrips).toBe(1);
    const withSubtypes = many.data as { cancerTypes: { edges: { node: { therapies: { totalCount: number }; own: { edges: unknown[] } } }[] } };
    expect(withSubtypes.cancerTypes.edges.some((e) => e.node.therapies.totalCount > e.node.own.edges.length)).toBe(true);
  });
});
