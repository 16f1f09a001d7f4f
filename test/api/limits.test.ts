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

/** An argument over a size limit: before any Cypher, 400, BAD_USER_INPUT naming the limit, its value and the argument. */
function expectArgumentRejected(answer: Answer<unknown>, name: string, max: number, argument: string) {
  expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  expect(answer.status).toBe(400);
  expect(answer.roundTrips).toBe(0);
  expect(answer.errors![0]!.message).toContain(`limit ${name} = ${max}`);
  expect(answer.errors![0]!.extensions).toMatchObject({ argument, limit: { name, max } });
}

describe('argument limits (defaults)', () => {
  const api = useApi();
  const search = 'query ($q: String!) { a: meta { seedVersion } search(query: $q) { totalCount } }';
  const words = (n: number, length: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i) + 'x'.repeat(length - 1)).join(' ');

  it('bounds search text: 40 characters a word, 256 in all, 12 words, before any statement', async () => {
    expect((await api.run(search, { q: words(1, 40) })).errors).toBeUndefined();
    expectArgumentRejected(await api.run(search, { q: words(1, 41) }), 'maxSearchWordLength', 40, 'query');
    expectArgumentRejected(await api.run(search, { q: words(12, 999) }), 'maxSearchLength', 256, 'query');
    expectArgumentRejected(await api.run(search, { q: `${'- '.repeat(128)}x` }), 'maxSearchLength', 256, 'query');
    expect((await api.run(search, { q: words(12, 20) })).errors).toBeUndefined();
    expectArgumentRejected(await api.run(search, { q: words(13, 3) }), 'maxSearchWords', 12, 'query');
  });

  it('caps every list argument at 100 values, nested in filters too', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `x${i}`);
    const filtered = 'query ($r: [ID!]) { therapies(filter: { routes: $r }) { totalCount } }';
    expect((await api.run(filtered, { r: ids(100) })).errors).toBeUndefined();
    expectArgumentRejected(await api.run(filtered, { r: ids(101) }), 'maxListLength', 100, 'Query.therapies(filter).routes');
    expectArgumentRejected(await api.run('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids(101) }), 'maxListLength', 100, 'Query.nodes(ids)');
    const types = Array.from({ length: 101 }, () => 'THERAPY');
    expectArgumentRejected(await api.run('query ($t: [EntityKind!]) { search(query: "x", types: $t) { totalCount } }', { t: types }), 'maxListLength', 100, 'Query.search(types)');
  });

  it('caps ids at 128 characters and other strings at 1024, and echoes at most 80 characters of a missing id', async () => {
    const node = 'query ($id: ID!) { node(id: $id) { id } }';
    expectArgumentRejected(await api.run(node, { id: 'x'.repeat(129) }), 'maxIdLength', 128, 'Query.node(id)');
    const missing = await api.run(node, { id: 'y'.repeat(128) });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    expect(missing.errors![0]!.message).toBe(`no node with id "${'y'.repeat(80)}…"`);
    const name = 'query ($s: String) { therapies(filter: { nameContains: $s }) { totalCount } }';
    expect((await api.run(name, { s: 'x'.repeat(1024) })).errors).toBeUndefined();
    expectArgumentRejected(await api.run(name, { s: 'x'.repeat(1025) }), 'maxStringLength', 1024, 'Query.therapies(filter).nameContains');
    expectArgumentRejected(await api.run('query ($c: String) { therapies(after: $c) { totalCount } }', { c: 'c'.repeat(2000) }), 'maxStringLength', 1024, 'Query.therapies(after)');
  });
});

describe('request limits (configured)', () => {
  const api = useApi({
    GRAPHQL_MAX_DEPTH: '3',
    GRAPHQL_MAX_COST: '50',
    GRAPHQL_MAX_ALIASES: '1',
    GRAPHQL_MAX_TOKENS: '30',
    GRAPHQL_MAX_DIRECTIVES: '1',
    GRAPHQL_MAX_LIST_LENGTH: '2',
    GRAPHQL_MAX_ID_LENGTH: '5',
    GRAPHQL_MAX_STRING_LENGTH: '6',
  });

  it('takes every limit from the configuration', async () => {
    expectRejected(await api.run(nested(4)), 'maxDepth', 3, /depth limit of 3/);
    expectRejected(await api.run('{ a: meta { seedVersion } b: meta { seedVersion } }'), 'maxAliases', 1, /Aliases limit of 1/);
    expectRejected(await api.run('{ therapies(first: 60) { totalCount } }'), 'maxCost', 50, /maximum cost of 50/);
    expectRejected(await api.run('{ meta { seedVersion @include(if: true) @skip(if: false) } }'), 'maxDirectives', 1, /Directives limit of 1 exceeded/);
    const tokens = await api.run(`{ meta { ${'seedVersion '.repeat(40)} } }`);
    expect(tokens.errors![0]!.message).toMatch(/more than 30 tokens \(limit maxTokens = 30/);
    expectArgumentRejected(await api.run('{ nodes(ids: ["a", "b", "c"]) { id } }'), 'maxListLength', 2, 'Query.nodes(ids)');
    expectArgumentRejected(await api.run('{ node(id: "oral-x") { id } }'), 'maxIdLength', 5, 'Query.node(id)');
    expectArgumentRejected(await api.run('{ therapies(filter: { nameContains: "abcdefg" }) { totalCount } }'), 'maxStringLength', 6, 'Query.therapies(filter).nameContains');
    expect((await api.run('{ nodes(ids: ["oral", "oral"]) { id } }')).errors).toBeUndefined();
  });
});
