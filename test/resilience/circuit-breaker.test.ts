/**
 * The circuit breaker in front of Neo4j, with a Neo4j that cannot be reached (a closed
 * port: the driver's real connection failure). The recovery side, a Neo4j killed and
 * restarted under the service, is in test/reliability/neo4j-kill.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditCache } from '../../src/graphql/caching/audit-cache.ts';
import { SeedVersion } from '../../src/graphql/caching/seed-version.ts';
import { createApolloServer, createRequestContext, type GraphQLDeps } from '../../src/graphql/server.ts';
import { createLogger } from '../../src/logger.ts';
import { CircuitBreaker } from '../../src/neo4j/circuit-breaker.ts';
import { createDriver } from '../../src/neo4j/driver.ts';
import { inPool } from '../../src/neo4j/pool-ledger.ts';
import { Metrics } from '../../src/observability/metrics.ts';
import { testConfig } from '../support/neo4j.ts';

const UNREACHABLE = 'bolt://127.0.0.1:1';

describe('with Neo4j unreachable', () => {
  const config = testConfig({ NEO4J_URI: UNREACHABLE, NEO4J_CONNECT_TIMEOUT_MS: '1000', CIRCUIT_FAILURE_THRESHOLD: '2', CIRCUIT_COOLDOWN_MS: '1500' });
  const driver = createDriver({ uri: UNREACHABLE, user: 'neo4j', password: 'x', connectTimeoutMs: 1000 });
  const breaker = new CircuitBreaker(config.neo4j.circuit);
  const deps: GraphQLDeps = {
    config,
    driver,
    database: 'neo4j',
    logger: createLogger(config),
    serving: (() => {
      const seedVersion = new SeedVersion('test');
      return { seedVersion, metrics: new Metrics({ poolSize: 50, poolInUse: () => inPool(driver), breaker }), breaker, auditCache: new AuditCache(seedVersion) };
    })(),
  };
  const server = createApolloServer(deps);
  beforeAll(() => server.start());
  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  async function run(query: string) {
    const t0 = performance.now();
    const response = await server.executeOperation({ query }, { contextValue: createRequestContext(deps) });
    const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
    return { ms: performance.now() - t0, body, status: response.http.status, headers: response.http.headers };
  }

  it('fails slowly until the threshold, then at once; answers 503 with Retry-After even when the only root is nullable', async () => {
    const nullableRoot = '{ therapy(id: "imatinib") { id } }';
    const slow = [await run(nullableRoot), await run(nullableRoot)];
    for (const r of slow) {
      expect(r.body?.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(r.body?.data).toEqual({ therapy: null });
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('1');
    }
    expect(breaker.state).toBe('open');

    const fast = await run(nullableRoot);
    expect(fast.body?.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(fast.body?.errors?.[0]?.message).toMatch(/\(2 consecutive connection failures\); retry in \d s/);
    expect(fast.status).toBe(503);
    expect(fast.ms).toBeLessThan(Math.min(...slow.map((r) => r.ms)) / 5);

    // Two roots, both failed: still 503; the breaker answered without touching the driver.
    const both = await run('{ therapy(id: "imatinib") { id } meta { seedVersion } }');
    expect(both.status).toBe(503);
    expect(both.ms).toBeLessThan(500);
  });

  it('probes again after the cool-down (and opens again when the probe fails)', async () => {
    await new Promise((r) => setTimeout(r, 1600));
    expect(breaker.state).toBe('half-open');
    const probe = await run('{ therapies(first: 1) { totalCount } }');
    expect(probe.body?.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(breaker.state).toBe('open');
  });
});
