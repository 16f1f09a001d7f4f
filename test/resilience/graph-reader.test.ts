/**
 * The API's one door to Neo4j, GraphReader, on a real Neo4j: Neo4j itself refuses any write
 * through it (READ transactions), a query past QUERY_TIMEOUT_MS is stopped with an error that
 * names the setting, and other reads go on being answered meanwhile; a request's deadline
 * (REQUEST_DEADLINE_MS) cuts its statements' timeouts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNeo4j, type Neo4jHandle } from '../../src/neo4j/connect.ts';
import { createDriver } from '../../src/neo4j/driver.ts';
import { Gate } from '../../src/graphql/limits/heavy-gate.ts';
import { GraphOverloadedError, GraphUnavailableError, QueryTimeoutError } from '../../src/neo4j/errors.ts';
import { GraphReader } from '../../src/neo4j/graph-reader.ts';
import { testConfig } from '../support/neo4j.ts';
import { graphFingerprint } from './support/graph-fingerprint.ts';

/** Cypher that writes in every way Cypher can, each of which a READ transaction must refuse. */
export const WRITES = [
  "CREATE (:Intruder {id: 'x'})",
  "MERGE (:Intruder {id: 'x'})",
  "MATCH (n) WITH n LIMIT 1 SET n.intruded = true",
  "MATCH (n) WITH n LIMIT 1 REMOVE n.id",
  "MATCH (n) WITH n LIMIT 1 SET n:Intruder",
  'MATCH (n) WITH n LIMIT 1 DETACH DELETE n',
  'MATCH ()-[r]->() WITH r LIMIT 1 DELETE r',
  "MATCH (a), (b) WITH a, b LIMIT 1 CREATE (a)-[:INTRUDES]->(b)",
  "FOREACH (i IN range(1, 3) | CREATE (:Intruder {i: i}))",
  "CALL { CREATE (:Intruder) } RETURN 1 AS one",
  'CREATE INDEX intruder IF NOT EXISTS FOR (n:Intruder) ON (n.id)',
  'CREATE CONSTRAINT intruder IF NOT EXISTS FOR (n:Intruder) REQUIRE n.id IS UNIQUE',
  "CALL db.createLabel('Intruder')",
  "CALL db.createProperty('intruded')",
];

describe('GraphReader on a real Neo4j', () => {
  let handle: Neo4jHandle;
  beforeAll(async () => {
    handle = await connectNeo4j(testConfig().neo4j);
  });
  afterAll(async () => handle?.close());

  it('cannot write: Neo4j refuses every kind of write in its READ transactions', async () => {
    const reader = new GraphReader(handle.driver, handle.database, 5000);
    const before = await graphFingerprint(handle.driver, handle.database);
    for (const cypher of WRITES) {
      await expect(reader.read(cypher), cypher).rejects.toMatchObject({
        code: expect.stringMatching(/^Neo\.ClientError\.(Statement\.AccessMode|Schema|Security|Procedure)/),
      });
    }
    expect(await graphFingerprint(handle.driver, handle.database)).toEqual(before);
  });

  it('stops a query past QUERY_TIMEOUT_MS with an error naming it, while other reads are answered', async () => {
    const reader = new GraphReader(handle.driver, handle.database, 1000);
    const t0 = performance.now();
    const slow = reader.read('UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(*) AS c').then(
      () => ({ error: undefined, ms: performance.now() - t0 }),
      (error: unknown) => ({ error, ms: performance.now() - t0 }),
    );
    // Meanwhile: quick reads, one after another, each answered promptly.
    const quick: number[] = [];
    for (let i = 0; i < 10; i++) {
      const q0 = performance.now();
      expect(await reader.read<{ one: number }>('RETURN 1 AS one')).toEqual([{ one: 1 }]);
      quick.push(performance.now() - q0);
    }
    const quickDoneMs = performance.now() - t0;
    const { error, ms } = await slow;
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as QueryTimeoutError).message).toMatch(/QUERY_TIMEOUT_MS \(1000 ms\)/);
    expect((error as QueryTimeoutError).extensions.code).toBe('QUERY_TIMEOUT');
    expect(ms).toBeLessThan(1000 + 2000 + 1000);
    // All ten were answered while the slow one was still running, none waiting on it.
    expect(quickDoneMs).toBeLessThan(ms);
    expect(Math.max(...quick)).toBeLessThan(1000);
  });

  it('cuts each statement to what is left of the request deadline, and starts none after it', async () => {
    const deadline = { at: performance.now() + 1500, ms: 1500 };
    const reader = new GraphReader(handle.driver, handle.database, 10_000, { deadline });
    expect(await reader.read<{ one: number }>('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    const t0 = performance.now();
    const error = await reader.read('UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(*) AS c').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as QueryTimeoutError).message).toMatch(/REQUEST_DEADLINE_MS \(1500 ms\)/);
    // Stopped at the deadline (plus Neo4j's timeout check), far before QUERY_TIMEOUT_MS's 10 s.
    expect(performance.now() - t0).toBeLessThan(1500 + 2000);
    const late = await reader.read('RETURN 1').catch((e: unknown) => e);
    expect((late as QueryTimeoutError).message).toMatch(/REQUEST_DEADLINE_MS/);
    expect(reader.roundTrips).toBe(2);
  });

  it('behind a statement gate, runs no more statements at once than its slots, and says OVERLOADED after waiting half the time left', async () => {
    const gate = new Gate(1);
    const spans: { start: number; end: number }[] = [];
    const readers = Array.from({ length: 3 }, () => {
      let start = 0;
      const reader = new GraphReader(handle.driver, handle.database, 10_000, {
        observer: { started: () => (start = performance.now()), finished: () => spans.push({ start, end: performance.now() }) },
      });
      reader.queueBehind(gate);
      return reader;
    });
    // Three readers (three requests), two statements each, all asked for at once.
    const work = 'UNWIND range(1, 300000) AS x RETURN count(x) AS c';
    const answers = await Promise.all(readers.flatMap((r) => [r.read<{ c: number }>(work), r.read<{ c: number }>(work)]));
    expect(answers.map((a) => a[0]!.c)).toEqual(answers.map(() => 300000));
    spans.sort((x, y) => x.start - y.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);

    // The one slot held elsewhere: a reader with 400 ms left waits 200 ms, then gives up.
    const held = await gate.acquire(0);
    const late = new GraphReader(handle.driver, handle.database, 10_000, { deadline: { at: performance.now() + 400, ms: 400 } });
    late.queueBehind(gate);
    const t0 = performance.now();
    const error = await late.read('RETURN 1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphOverloadedError);
    expect((error as GraphOverloadedError).extensions.code).toBe('OVERLOADED');
    expect((error as Error).message).toMatch(/GRAPHQL_MAX_HEAVY_STATEMENTS/);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(190);
    expect(late.roundTrips).toBe(0);
    held!();
  });

  it('reports an unreachable Neo4j as SERVICE_UNAVAILABLE within seconds', async () => {
    const cfg = testConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT_MS: '1000' }).neo4j;
    const driver = createDriver({ uri: cfg.uri!, user: cfg.user, password: cfg.password ?? '', connectTimeoutMs: 1000 });
    try {
      const t0 = performance.now();
      const error = await new GraphReader(driver, 'neo4j', 5000).read('RETURN 1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphUnavailableError);
      expect((error as GraphUnavailableError).extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(performance.now() - t0).toBeLessThan(5000);
    } finally {
      await driver.close();
    }
  });
});
