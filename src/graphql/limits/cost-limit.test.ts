import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../schema.ts';
import { estimateCost, PLAIN_LIST_SIZE } from './cost-limit.ts';

// The schema is built by graphql's CommonJS build, as Apollo builds it in production: vitest
// would otherwise hand this file graphql's ESM build, a second copy the estimator cannot read.
const { buildASTSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = buildASTSchema(loadTypeDefs());
const cost = (query: string, variables: Record<string, unknown> = {}) => estimateCost(schema, parse(query), variables);

describe('the cost estimate', () => {
  it('multiplies by the page size of connections and the assumed size of plain lists', () => {
    expect(cost('{ therapies(first: 10) { totalCount } }')).toBe(1 + 10 * 1);
    expect(cost('{ therapies(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * (1 + 1 * (1 + 1)));
    expect(cost('{ therapy(id: "x") { routes { id } } }')).toBe(1 + (1 + PLAIN_LIST_SIZE * 1));
    expect(cost('{ therapies { totalCount } }')).toBe(1 + 20);
  });

  it('reads sizes from variables and caps them at the page-size limit', () => {
    expect(cost('query ($n: Int) { therapies(first: $n) { totalCount } }', { n: 7 })).toBe(8);
    expect(cost('{ therapies(first: 100000) { totalCount } }')).toBe(101);
  });

  it('makes nested connections multiply', () => {
    const nested = cost('{ cancerTypes(first: 100) { edges { node { therapies(first: 100) { totalCount } } } } }');
    expect(nested).toBeGreaterThan(100 * 100);
  });

  it('charges nothing for introspection', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
  });
});
