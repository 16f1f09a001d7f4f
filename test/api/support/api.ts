import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ApolloServer } from '@apollo/server';
import { print, type GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import { createDriver } from '../../../src/neo4j/driver.ts';
import { createApolloServer, createRequestContext, type GraphQLDeps, type RequestContext } from '../../../src/graphql/server.ts';
import { testConfig } from '../../support/neo4j.ts';
import { ensureShippedSeed } from '../../support/seeded.ts';

export interface Answer<R> {
  data: R | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
  /** The response's extensions (`warnings`, `cost`, ...), if any. */
  extensions: Record<string, unknown> | undefined;
  /** The HTTP status Apollo would send (undefined means 200). */
  status: number | undefined;
  /** Neo4j round trips the operation cost (the request's GraphReader count). */
  roundTrips: number;
  /** The Cypher statements it ran, in order. */
  statements: string[];
}

export interface Api {
  /**
   * Runs one operation with a fresh request context, as the HTTP layer would; `prepare` may
   * change the context first (to make its reader fail, say).
   */
  run<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V> | string,
    variables?: V,
    prepare?: (context: RequestContext) => void,
  ): Promise<Answer<R>>;
  /** Like run, but fails the test on any error and returns the data. */
  data<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V> | string, variables?: V): Promise<R>;
  readonly deps: GraphQLDeps;
}

/**
 * The GraphQL server of src/graphql over the test Neo4j, holding the shipped seed, for the
 * tests of one file. Operations run through Apollo's executeOperation with a context from
 * createRequestContext, so limits, error formatting and DataLoaders are those of production.
 */
export function useApi(env: Record<string, string> = {}): Api {
  let server: ApolloServer<RequestContext> | undefined;
  let deps: GraphQLDeps | undefined;
  beforeAll(async () => {
    await ensureShippedSeed();
    const config = testConfig(env);
    const driver = createDriver({
      uri: config.neo4j.uri!,
      user: config.neo4j.user,
      password: config.neo4j.password ?? '',
      connectTimeoutMs: config.neo4j.connectTimeoutMs,
    });
    deps = { config, driver, database: config.neo4j.database, logger: createLogger(config) };
    server = createApolloServer(deps);
    await server.start();
  });
  afterAll(async () => {
    await server?.stop();
    await deps?.driver.close();
  });

  const api: Api = {
    get deps() {
      if (!deps) throw new Error('useApi(): the server starts in beforeAll');
      return deps;
    },
    async run(document, variables, prepare) {
      const contextValue = createRequestContext(api.deps);
      prepare?.(contextValue);
      const statements: string[] = [];
      const read = contextValue.reader.read.bind(contextValue.reader);
      contextValue.reader.read = (cypher, params) => {
        statements.push(cypher);
        return read(cypher, params);
      };
      const query = typeof document === 'string' ? document : print(document);
      const response = await server!.executeOperation({ query, variables: variables ?? {} }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors, extensions } = response.body.singleResult;
      return { data: data as never, errors, extensions, status: response.http.status, roundTrips: contextValue.reader.roundTrips, statements };
    },
    async data(document, variables) {
      const answer = await api.run(document, variables);
      if (answer.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(answer.errors, null, 2)}`);
      return answer.data!;
    },
  };
  return api;
}

/** The `extensions.code` of each error, in order. */
export function codes(answer: Answer<unknown>): unknown[] {
  return (answer.errors ?? []).map((e) => e.extensions?.code);
}
