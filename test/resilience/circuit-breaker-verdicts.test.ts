/**
 * What the circuit breaker counts, on a real Neo4j that is up: only Neo4j's own failures
 * (src/neo4j/neo4j-fault.ts). Our refusals (OVERLOADED from the statement slots), a request
 * deadline that passed before the statement was sent, reads given up on while they queued
 * behind our own statements for a pooled connection, the pool's acquisition timeout (OVERLOADED), and the
 * query's own errors must leave it closed, with a threshold of one failure. Before this, a
 * read given up on while it queued counted as a failure, and under overload the breaker
 * opened and failed cheap requests with 503 (issue #15's first burst run). The failures it
 * must count are in test/resilience/circuit-breaker.test.ts (a closed port) and
 * test/reliability/neo4j-outage.test.ts (a hung Neo4j).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gate } from '../../src/graphql/limits/heavy-gate.ts';
import { CircuitBreaker } from '../../src/neo4j/circuit-breaker.ts';
import { createDriver } from '../../src/neo4j/driver.ts';
import { DEADLINE_GRACE_MS, GraphReader } from '../../src/neo4j/graph-reader.ts';
import { testConfig } from '../support/neo4j.ts';

// Holds a connection for about HOLD_MS: Neo4j stops it at its transaction timeout.
const HOLD_MS = 4000;
const HOG = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(*) AS c';

describe('the circuit breaker counts only failures of Neo4j', () => {
  const { neo4j } = testConfig();
  // A pool of two connections, so the test can fill it; acquisition waits longer than the reads below.
  const driver = createDriver({ uri: neo4j.uri!, user: neo4j.user, password: neo4j.password ?? '', connectTimeoutMs: 10_000, poolSize: 2 });
  const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 60_000 });
  const reader = (timeoutMs: number, deadline?: { at: number; ms: number }) => new GraphReader(driver, neo4j.database, timeoutMs, { breaker, ...(deadline ? { deadline } : {}) });
  beforeAll(async () => {
    await driver.verifyConnectivity({ database: neo4j.database });
  });
  afterAll(() => driver.close());

  it("stays closed for our own refusals and the query's errors", async () => {
    // OVERLOADED: every statement slot held.
    const slots = new Gate(1);
    const held = await slots.acquire(0);
    const gated = reader(5000);
    gated.queueBehind(slots);
    await expect(gated.read('RETURN 1 AS one')).rejects.toMatchObject({ extensions: { code: 'OVERLOADED' } });
    held!();
    // The request's deadline passed before the statement was sent.
    await expect(reader(5000, { at: performance.now() - 1, ms: 100 }).read('RETURN 1 AS one')).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
    // The query's fault, and its timeout: Neo4j answered both.
    await expect(reader(5000).read('RETURN nonsense(')).rejects.toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError\.Statement/) });
    await expect(reader(300).read(HOG)).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
    expect(breaker.state).toBe('closed');
  });

  it('stays closed for a read given up on while it queued for one of our pooled connections, and answers after', async () => {
    // Two slow reads hold both connections for HOLD_MS.
    const hogs = [reader(HOLD_MS).read(HOG).catch(() => {}), reader(HOLD_MS).read(HOG).catch(() => {})];
    await new Promise((r) => setTimeout(r, 200));
    // A third queues for a connection; the reader gives up on it at its timeout + the grace,
    // before either comes free: unanswered, but never sent to Neo4j.
    const t0 = performance.now();
    const queued = await reader(100).read('RETURN 1 AS one').catch((e: unknown) => e);
    const ms = performance.now() - t0;
    expect(queued).toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
    expect(ms).toBeGreaterThanOrEqual(100 + DEADLINE_GRACE_MS - 50);
    expect(ms).toBeLessThan(HOLD_MS);
    expect(breaker.state).toBe('closed');
    await Promise.all(hogs);
    expect(await reader(5000).read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    expect(breaker.state).toBe('closed');
  });

  it("stays closed when the pool's acquisition times out (NEO4J_CONNECT_TIMEOUT_MS), which is our overload: OVERLOADED", async () => {
    const small = createDriver({ uri: neo4j.uri!, user: neo4j.user, password: neo4j.password ?? '', connectTimeoutMs: 500, poolSize: 1 });
    try {
      const read = (timeoutMs: number) => new GraphReader(small, neo4j.database, timeoutMs, { breaker }).read(HOG);
      const hog = read(HOLD_MS).catch(() => {});
      await new Promise((r) => setTimeout(r, 200));
      const refused = await read(5000).catch((e: unknown) => e);
      // Our own statement held the pool's one connection: a 429 with Retry-After for the client
      // (src/neo4j/errors.ts says why), not SERVICE_UNAVAILABLE, which was answered before.
      expect(refused).toMatchObject({ extensions: { code: 'OVERLOADED' }, message: expect.stringMatching(/NEO4J_CONNECT_TIMEOUT_MS/) });
      expect(((refused as Error).cause as Error).message).toMatch(/^Connection acquisition timed out/);
      expect(breaker.state).toBe('closed');
      await hog;
    } finally {
      await small.close();
    }
  });
});
