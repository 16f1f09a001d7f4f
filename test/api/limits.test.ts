import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { codes, useApi, type Answer } from './support/api.ts';

/** Each rejection: before any Cypher, 400, GRAPHQL_VALIDATION_FAILED, naming the limit and its value. */
function expectRejected(answer: Answer<unknown>, name: string, max: number, message: RegExp) {
  expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  expect(answer.status).toBe(400);
  expect(answer.roundTrips).toBe(0);
  expect(answer.errors![0]!.message).toMatch(message);
  expect(answer.errors![0]!.message).toContain(`limit ${name} = ${max}`);
  expect(answer.errors![0]!.extensions!.limit).toMatchObject({ name, max });
}

/** A valid query `depth` fields deep: therapy → routes → therapies → edges → node → routes → ... → a leaf. */
const nested = (depth: number) => {
  const cycle = ['routes', 'therapies(first: 1)', 'edges', 'node'];
  const leafOf: Record<string, string> = { routes: 'id', 'therapies(first: 1)': 'totalCount', edges: 'cursor', node: 'id' };
  const fields = ['therapy(id: "imatinib")', ...Array.from({ length: depth - 2 }, (_, i) => cycle[i % 4]!)];
  const leaf = leafOf[fields.at(-1)!] ?? 'id';
  return `{ ${fields.map((f) => `${f} {`).join(' ')} ${leaf} ${'}'.repeat(fields.length)} }`;
};

describe('request limits (defaults)', () => {
  const api = useApi();

  it('limits depth to 10', async () => {
    expect((await api.run(nested(10))).errors).toBeUndefined();
    expectRejected(await api.run(nested(11)), 'maxDepth', 10, /depth limit of 10 exceeded, found 11/);
  });

  it('limits aliases to 15', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: meta { seedVersion }`).join(' ')} }`;
    expect((await api.run(aliases(15))).errors).toBeUndefined();
    expectRejected(await api.run(aliases(16)), 'maxAliases', 15, /Aliases limit of 15 exceeded, found 16/);
  });

  it('limits the estimated cost to 25000, multiplying list sizes', async () => {
    const ok = await api.run(`{ cancerTypes(first: 20) { edges { node { therapies(first: 20) { edges { node { id routes { id } } } } } } } }`);
    expect(ok.errors).toBeUndefined();
    const answer = await api.run(`{ cancerTypes(first: 100) { edges { node { therapies(first: 100) { edges { node { id routes { id } } } } } } } }`);
    expectRejected(answer, 'maxCost', 25000, /Query cost \d+ exceeds the maximum cost of 25000/);
    expect((answer.errors![0]!.extensions!.limit as { found: number }).found).toBeGreaterThan(100 * 100);
  });

  it('counts page sizes given in variables', async () => {
    const query = `query ($n: Int) { cancerTypes(first: $n) { edges { node { therapies(first: $n) { edges { node { id routes { id } } } } } } } }`;
    expect((await api.run(query, { n: 10 })).errors).toBeUndefined();
    expectRejected(await api.run(query, { n: 100 }), 'maxCost', 25000, /exceeds the maximum cost/);
  });

  it('limits tokens to 2000, at parse time', async () => {
    const fields = Array.from({ length: 2100 }, () => '__typename').join(' ');
    const answer = await api.run(`{ meta { ${fields} } }`);
    expect(codes(answer)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(answer.status).toBe(400);
    expect(answer.roundTrips).toBe(0);
    expect(answer.errors![0]!.message).toBe('Syntax Error: the document has more than 2000 tokens (limit maxTokens = 2000, set by GRAPHQL_MAX_TOKENS)');
    expect(answer.errors![0]!.extensions!.limit).toEqual({ name: 'maxTokens', max: 2000 });
  });

  it('limits directives to 10', async () => {
    const directives = (n: number) => `{ meta { ${'__typename @include(if: true) '.repeat(n)} } }`;
    expect((await api.run(directives(10))).errors).toBeUndefined();
    expectRejected(await api.run(directives(11)), 'maxDirectives', 10, /Directives limit of 10 exceeded, found 11/);
  });

  it('lets the introspection query of tools and Sandbox through', async () => {
    const answer = await api.run(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(answer.errors).toBeUndefined();
    expect(answer.roundTrips).toBe(0);
  });
});

describe('request limits (configured)', () => {
  const api = useApi({ GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COST: '50', GRAPHQL_MAX_ALIASES: '1', GRAPHQL_MAX_TOKENS: '30', GRAPHQL_MAX_DIRECTIVES: '1' });

  it('takes every limit from the configuration', async () => {
    expectRejected(await api.run(nested(4)), 'maxDepth', 3, /depth limit of 3/);
    expectRejected(await api.run('{ a: meta { seedVersion } b: meta { seedVersion } }'), 'maxAliases', 1, /Aliases limit of 1/);
    expectRejected(await api.run('{ therapies(first: 60) { totalCount } }'), 'maxCost', 50, /maximum cost of 50/);
    expectRejected(await api.run('{ meta { seedVersion @include(if: true) @skip(if: false) } }'), 'maxDirectives', 1, /Directives limit of 1 exceeded/);
    const tokens = await api.run(`{ meta { ${'seedVersion '.repeat(40)} } }`);
    expect(tokens.errors![0]!.message).toMatch(/more than 30 tokens \(limit maxTokens = 30/);
  });
});
