import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { createDriver } from '../../src/neo4j/driver.ts';
import { createApolloServer, createRequestContext } from '../../src/graphql/server.ts';
import { NeighborhoodDocument, TherapiesPageDocument } from '../../src/graphql/generated/operations/graphql.ts';
import { testConfig } from '../support/neo4j.ts';
import { codes, useApi } from './support/api.ts';

describe('errors in a test deployment', () => {
  const api = useApi();

  it('answers a syntax error with GRAPHQL_PARSE_FAILED and 400, before any Cypher', async () => {
    const answer = await api.run('{ therapies(first: 5) { edges { node { id }');
    expect(codes(answer)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(answer.status).toBe(400);
    expect(answer.roundTrips).toBe(0);
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED and 400, suggesting the field outside production', async () => {
    const answer = await api.run('{ therapies(first: 5) { edges { node { nam } } } }');
    expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(answer.status).toBe(400);
    expect(answer.errors![0]!.message).toMatch(/Did you mean "name"/);
  });

  it('answers a wrongly typed variable or enum value with BAD_USER_INPUT and 400', async () => {
    const answer = await api.run(TherapiesPageDocument, { first: 'ten' as unknown as number });
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.status).toBe(400);
    const badEnum = await api.run('{ therapies(filter: { kinds: [PILL] }) { totalCount } }');
    expect(codes(badEnum)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('reports an unreachable Neo4j as SERVICE_UNAVAILABLE with HTTP 503, quickly', async () => {
    const config = testConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT_MS: '1000' });
    const driver = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', connectTimeoutMs: 1000 });
    const deps = { config, driver, database: 'neo4j', logger: createLogger(config) };
    const server = createApolloServer(deps);
    await server.start();
    try {
      const started = Date.now();
      const response = await server.executeOperation({ query: '{ therapies(first: 5) { totalCount } }' }, { contextValue: createRequestContext(deps) });
      const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
      expect(body?.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(body?.data).toBeNull();
      expect(response.http.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await server.stop();
      await driver.close();
    }
  });
});

describe('a query cut by the transaction timeout', () => {
  const api = useApi({ QUERY_TIMEOUT_MS: '1' });
  // Takes far longer than 1 ms; API queries on the seed are too quick to be cut reliably.
  const slowCypher = 'UNWIND range(1, 1000000000) AS x RETURN count(x) AS n';

  it('is reported as QUERY_TIMEOUT naming the setting, with the field null', async () => {
    const timedOut = await api.run(NeighborhoodDocument, { id: 'imatinib', depth: 1, limit: 10 }, (ctx) => {
      // The operation's statement is swapped for a slow one, run by the request's own reader
      // against the real Neo4j, with the configured timeout.
      const read = ctx.reader.read.bind(ctx.reader);
      ctx.reader.read = () => read(slowCypher);
    });
    expect(codes(timedOut)).toEqual(['QUERY_TIMEOUT']);
    expect(timedOut.errors![0]!.message).toMatch(/QUERY_TIMEOUT_MS \(1 ms\)/);
    expect(timedOut.data).toEqual({ neighborhood: null });
  });
});

describe('errors in production', () => {
  const api = useApi({ NODE_ENV: 'production' });
  const dev = useApi({ NODE_ENV: 'development' });

  it('sends no stack traces and no field suggestions', async () => {
    const bad = await api.run(TherapiesPageDocument, { first: 500 });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(bad.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
    const unknown = await api.run('{ therapies(first: 5) { edges { node { nam } } } }');
    expect(codes(unknown)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(unknown.errors![0]!.message).not.toMatch(/Did you mean/);
    // Development is the one place a stack trace is shown.
    const devBad = await dev.run(TherapiesPageDocument, { first: 500 });
    expect(JSON.stringify(devBad.errors)).toMatch(/stacktrace/);
  });

  it('hides what went wrong inside behind INTERNAL_SERVER_ERROR, keeping the details in development', async () => {
    const breakReader = (ctx: { reader: { read: unknown } }) => {
      ctx.reader.read = () => Promise.reject(new Error('boom: MATCH (secret) RETURN secret'));
    };
    const hidden = await api.run(TherapiesPageDocument, { first: 1 }, breakReader);
    expect(hidden.errors).toEqual([{ message: 'internal server error', locations: expect.any(Array), path: ['therapies'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    const shown = await dev.run(TherapiesPageDocument, { first: 1 }, breakReader);
    expect(shown.errors![0]!.message).toMatch(/boom/);
  });
});
