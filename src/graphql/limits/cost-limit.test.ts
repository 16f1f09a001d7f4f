import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { loadTypeDefs } from '../schema.ts';
import { estimateCost } from './cost-limit.ts';
import { SEARCH_WORD_COST } from './cost-model.ts';
import { plainListBound, WALK_WORK } from './graph-bounds.ts';

// The schema is built by graphql's CommonJS build, as Apollo builds it in production: vitest
// would otherwise hand this file graphql's ESM build, a second copy the estimator cannot read.
const { buildASTSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = buildASTSchema(loadTypeDefs());
const cost = (query: string, variables: Record<string, unknown> = {}) => estimateCost(schema, parse(query), variables);
const { maxCost } = loadConfig({}).graphql;

describe('the cost estimate', () => {
  it('multiplies by the page size of connections and the bound of plain lists', () => {
    expect(cost('{ therapies(first: 10) { totalCount } }')).toBe(1 + 10 * 1);
    expect(cost('{ therapies(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * (1 + 1 * (1 + 1)));
    expect(cost('{ therapies { totalCount } }')).toBe(1 + 20);
    const routes = plainListBound('Therapy', 'routes')!;
    expect(cost('{ therapy(id: "x") { routes { id } } }')).toBe(1 + (1 + routes * 1));
    // A facts twin reads the same relationships as its field.
    expect(cost('{ therapy(id: "x") { routeFacts { relationship } } }')).toBe(1 + (1 + routes * 1));
    expect(plainListBound('Therapy', 'cancerTypes')).toBeGreaterThan(routes);
  });

  it('reads sizes from variables and caps them at the page-size limit', () => {
    expect(cost('query ($n: Int) { therapies(first: $n) { totalCount } }', { n: 7 })).toBe(8);
    expect(cost('{ therapies(first: 100000) { totalCount } }')).toBe(101);
  });

  it('charges list arguments by their length, inside input objects too', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `t${i}`);
    const base = cost('query ($f: TherapyFilter) { therapies(filter: $f, first: 1) { totalCount } }', { f: {} });
    expect(cost('query ($f: TherapyFilter) { therapies(filter: $f, first: 1) { totalCount } }', { f: { ids, routes: ids } })).toBe(base + 200);
    expect(cost('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids })).toBe(1 + 100 + 100 * 1);
  });

  it('charges a search by its words, a fuzzy word for its automaton, and the hits it counts', () => {
    const search = (q: string) => cost(`query ($q: String!) { search(query: $q, first: 1) { totalCount } }`, { q });
    expect(search('abc') - search('')).toBe(SEARCH_WORD_COST.plain);
    // "abcd" has four letters: matched with one typo too; 21 letters are not.
    expect(search('abcd') - search('abc')).toBe(SEARCH_WORD_COST.fuzzy - SEARCH_WORD_COST.plain);
    expect(search('a'.repeat(21))).toBe(search('abc'));
    expect(search('')).toBe(1 + WALK_WORK.nodes + 1);
  });

  it('charges a neighborhood by its walk and scales its lists with `limit`', () => {
    const nb = (depth: number, limit: number) => cost(`{ neighborhood(id: "x", depth: ${depth}, limit: ${limit}) { nodes { id } edges { relationship } } }`);
    expect(nb(2, 10)).toBeGreaterThan(nb(1, 10));
    expect(nb(2, 100) - nb(2, 10)).toBeGreaterThan(500);
  });

  it('charges a provenance for its node’s facts once, not once per fact group', () => {
    const facts = plainListBound('FactGroup', 'facts')!;
    const groups = plainListBound('Provenance', 'factGroups')!;
    expect(cost('{ provenance(id: "x") { factGroups { relationship facts { relationship } } } }')).toBe(1 + (1 + groups * 1 + (1 + facts * 1)));
  });

  it('charges the audit a read of the graph once a request, none once its report is cached, and each alias its answer (at most the graph)', () => {
    const cached = (query: string) => estimateCost(schema, parse(query), {}, undefined, undefined, { auditCached: true });
    expect(cost('{ audit { passed } }')).toBe(1 + WALK_WORK.graph + 1);
    expect(cost('{ a: audit { passed } b: audit { passed } }')).toBe(2 * (1 + 1) + WALK_WORK.graph);
    expect(cached('{ a: audit { passed } b: audit { passed } }')).toBe(2 * (1 + 1));
    // The whole report names each node or fact a bounded number of times: at most the graph again.
    const everything = '{ audit { findings { ids occurrences { ids } } } }';
    expect(cost(everything)).toBeLessThanOrEqual(1 + 2 * WALK_WORK.graph);
    expect(cached(everything)).toBe(cost(everything) - WALK_WORK.graph);
  });

  it('refuses a heavy citation tree that the old estimate let through at about 25,000', () => {
    const tree = '{ citations(first: 100) { edges { node { id title supports(first: 24) { totalCount edges { node { relationship subject { id } object { id } citations { id title } } } } } } } }';
    expect(cost(tree)).toBeGreaterThan(maxCost);
  });

  it('charges nothing for introspection', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
  });
});
