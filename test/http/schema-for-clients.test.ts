import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { postGraphQL, useService } from '../support/service.ts';
import { rawGet } from './support/raw-get.ts';

const base = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

describe('the schema for client tooling, in production mode', () => {
  // The audit suite sends its twenty-odd requests at once, from one client.
  const service = useService({ NODE_ENV: 'production', RATE_LIMIT_PER_MINUTE: '0', MAX_IN_FLIGHT_PER_CLIENT: '0' });

  it('answers the introspection query', async () => {
    const { status, body } = await postGraphQL(service().url, { query: getIntrospectionQuery() });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe('Query');
  });

  it('serves GET /schema.graphql: one printed SDL, without extensions, equal to what introspection says', async () => {
    const res = await fetch(`${base(service().url)}/schema.graphql`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/);
    expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/);
    const sdl = await res.text();
    expect(sdl).not.toMatch(/^extend /m);
    expect(buildSchema(sdl).getQueryType()?.getFields().therapies).toBeDefined();

    const { body } = await postGraphQL(service().url, { query: getIntrospectionQuery() });
    // The same types, fields, arguments and descriptions (the order of extension fields may differ).
    const sorted = (schema: ReturnType<typeof buildSchema>) => printSchema(lexicographicSortSchema(schema));
    expect(sorted(buildClientSchema(body.data))).toBe(sorted(buildSchema(sdl)));

    const again = await rawGet(`${base(service().url)}/schema.graphql`, { 'if-none-match': res.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('passes every MUST of the GraphQL-over-HTTP audit suite (graphql-http)', async () => {
    const results = await Promise.all(serverAudits({ url: service().url }).map((audit) => audit.fn()));
    expect(results.length).toBeGreaterThan(20);
    const failedMusts = results.filter((r) => r.status === 'error').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failedMusts).toEqual([]);
    // The SHOULDs we answer otherwise are listed, with the reason, in README.md ("GraphQL over HTTP").
    const warnings = results.filter((r) => r.status === 'warn').map((r) => r.name);
    console.log(`graphql-http audits: ${results.length} run, ${results.filter((r) => r.status === 'ok').length} ok, warnings:\n  ${warnings.join('\n  ')}`);
  });
});

describe('with INTROSPECTION=false', () => {
  const service = useService({ NODE_ENV: 'production', INTROSPECTION: 'false' });

  it('refuses the introspection query and does not serve the SDL', async () => {
    const { status, body } = await postGraphQL(service().url, { query: getIntrospectionQuery() });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await fetch(`${base(service().url)}/schema.graphql`)).status).toBe(404);
  });
});
