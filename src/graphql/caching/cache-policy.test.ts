import { createRequire } from 'node:module';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { describe, expect, it } from 'vitest';
import { cachePolicyPlugin } from './cache-policy.ts';

// graphql's CommonJS build, as Apollo loads it (see limits/cost-limit.test.ts).
const { buildSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const schema = buildSchema(`
  type Query { therapy: Therapy, count: Int, therapies: [Therapy!]! }
  type Therapy { id: ID!, name: String, routes: [Route!]! }
  type Route { id: ID! }
`);
const root = { therapy: { id: 't', name: 'T', routes: [{ id: 'r' }] }, count: 3, therapies: [{ id: 't', name: 'T', routes: [] }] };

/** The policy an answer ends with, as http-caching.ts and the response cache read it, and the answer's error codes. */
async function answerOf(plugin: ApolloServerPlugin, query: string, variables: Record<string, unknown> = {}) {
  let policy: unknown = 'not read';
  const server = new ApolloServer({
    schema,
    rootValue: root,
    plugins: [
      plugin,
      ...(plugin === apollo ? [] : [ApolloServerPluginCacheControlDisabled()]),
      { async requestDidStart() { return { async willSendResponse(rc) { policy = rc.overallCachePolicy.policyIfCacheable(); } }; } },
    ],
  });
  await server.start();
  try {
    const response = await server.executeOperation({ query, variables });
    const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
    return { policy, codes: errors.map((e) => e.extensions?.code) };
  } finally {
    await server.stop();
  }
}

async function policyOf(plugin: ApolloServerPlugin, query: string, variables: Record<string, unknown> = {}) {
  return (await answerOf(plugin, query, variables)).policy;
}

const apollo = ApolloServerPluginCacheControl({ defaultMaxAge: 60, calculateHttpHeaders: false });
const ours = cachePolicyPlugin(60);

describe('the cache policy of an answer', () => {
  it.each([
    ['a root field returning an object', '{ therapy { id routes { id } } }', {}],
    ['a root scalar', '{ count }', {}],
    ['a root list', '{ therapies { name } }', {}],
    ['__typename alone', '{ __typename }', {}],
    ['introspection alone', '{ __schema { queryType { name } } }', {}],
    ['a field skipped by a variable', 'query ($s: Boolean!) { count @skip(if: $s) }', { s: true }],
    ['a field kept by a variable', 'query ($s: Boolean!) { count @skip(if: $s) }', { s: false }],
    ['a field included by a default', 'query ($i: Boolean = true) { count @include(if: $i) }', {}],
    ['an inline fragment left out', '{ __typename ... @include(if: false) { count } }', {}],
    ['a fragment spread', '{ ...F } fragment F on Query { therapy { id } }', {}],
    ['a fragment of introspection alone', '{ ...F } fragment F on Query { __typename }', {}],
    ['variables that do not coerce', 'query ($s: Boolean!) { count @skip(if: $s) }', { s: 'yes' }],
    ['two operations and no operationName', 'query A { count } query B { count }', {}],
  ])('is what Apollo’s cache-control plugin says, with the same errors, for %s', async (_what, query, variables) => {
    expect(await answerOf(ours, query, variables)).toEqual(await answerOf(apollo, query, variables));
  });

  it('is the default max-age for a root field, and nothing for introspection alone', async () => {
    expect(await policyOf(ours, '{ count }')).toEqual({ maxAge: 60, scope: 'PUBLIC' });
    expect(await policyOf(ours, '{ __typename }')).toBeNull();
  });
});
