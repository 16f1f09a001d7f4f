import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const withUri = (uri: string) => loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'secret' });

describe('NEO4J_URI', () => {
  // No cluster exists on this machine: this checks that the configuration accepts the
  // routing URIs of a Neo4j cluster and of Aura and hands them to the driver unchanged.
  it.each([
    'bolt://127.0.0.1:7687',
    'bolt+s://db.example:7687',
    'bolt+ssc://db.example:7687',
    'neo4j://cluster.example:7687',
    'neo4j+s://abcd1234.databases.neo4j.io',
    'neo4j+ssc://cluster.example',
  ])('accepts %s', (uri) => {
    expect(withUri(uri).neo4j.uri).toBe(uri);
  });

  it.each(['http://db.example:7474', 'postgres://db.example/x', 'db.example:7687'])('rejects %s naming the variable', (uri) => {
    expect(() => withUri(uri)).toThrow(ConfigError);
    expect(() => withUri(uri)).toThrow(/NEO4J_URI/);
  });
});

describe('serving settings', () => {
  it('has introspection and the response cache on, and a 60 s max-age, by default', () => {
    const { serving } = loadConfig({});
    expect(serving).toMatchObject({ introspection: true, responseCache: true, cacheMaxAge: 60 });
    expect(loadConfig({ NODE_ENV: 'production' }).serving.introspection).toBe(true);
  });

  it('turns them off when told', () => {
    const { serving } = loadConfig({ INTROSPECTION: 'false', RESPONSE_CACHE: 'off', CACHE_MAX_AGE: '0' });
    expect(serving).toMatchObject({ introspection: false, responseCache: false, cacheMaxAge: 0 });
  });

  it('rejects a value that is neither on nor off, naming the variable', () => {
    expect(() => loadConfig({ RESPONSE_CACHE: 'maybe' })).toThrow(/RESPONSE_CACHE/);
  });
});

describe('cost settings', () => {
  it('budgets ten requests of the maximal cost a minute per client by default', () => {
    const { graphql } = loadConfig({});
    expect(graphql.maxCost).toBe(25_000);
    expect(graphql.costPerMinute).toBe(10 * graphql.maxCost);
  });

  it('turns the budget off with 0 and refuses one that could not pay for an accepted request', () => {
    expect(loadConfig({ GRAPHQL_COST_PER_MINUTE: '0' }).graphql.costPerMinute).toBe(0);
    expect(() => loadConfig({ GRAPHQL_COST_PER_MINUTE: '1000' })).toThrow(/GRAPHQL_COST_PER_MINUTE \(1000\) must be 0 \(off\) or at least GRAPHQL_MAX_COST \(25000\)/);
    expect(loadConfig({ GRAPHQL_COST_PER_MINUTE: '1000', GRAPHQL_MAX_COST: '1000' }).graphql.costPerMinute).toBe(1000);
    expect(() => loadConfig({ GRAPHQL_COST_PER_MINUTE: '-1' })).toThrow(/GRAPHQL_COST_PER_MINUTE/);
  });
});

describe('load-shedding settings', () => {
  it('has in-flight limits, a heavy-field limit and a request deadline by default', () => {
    const { http, graphql } = loadConfig({});
    expect(http).toMatchObject({ maxInFlight: 128, maxInFlightPerClient: 8, requestDeadlineMs: 15_000 });
    expect(graphql.maxHeavyInFlight).toBe(4);
  });

  it('turns the in-flight limits off with 0, and refuses a client share larger than the whole', () => {
    expect(loadConfig({ MAX_IN_FLIGHT: '0', MAX_IN_FLIGHT_PER_CLIENT: '0' }).http).toMatchObject({ maxInFlight: 0, maxInFlightPerClient: 0 });
    expect(() => loadConfig({ MAX_IN_FLIGHT: '4', MAX_IN_FLIGHT_PER_CLIENT: '8' })).toThrow(/MAX_IN_FLIGHT_PER_CLIENT \(8\) must not exceed MAX_IN_FLIGHT \(4\)/);
    expect(loadConfig({ MAX_IN_FLIGHT: '0', MAX_IN_FLIGHT_PER_CLIENT: '8' }).http.maxInFlightPerClient).toBe(8);
  });

  it.each(['GRAPHQL_MAX_HEAVY_IN_FLIGHT', 'REQUEST_DEADLINE_MS'])('rejects %s of 0, naming it', (name) => {
    expect(() => loadConfig({ [name]: '0' })).toThrow(new RegExp(name));
  });
});
