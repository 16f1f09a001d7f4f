/**
 * Slow queries. The service (its own process) serves a synthetic scaled graph
 * (SYNTHETIC_NODES nodes, written as a seed folder and loaded by the service itself) from a
 * Neo4j of this scenario's own (port 7736, store .neo4j/rel-slow; the first run loads the
 * graph, later ones find it current), with QUERY_TIMEOUT_MS=1500:
 * - pathological but allowed requests (facets over every therapy, a depth-2 neighborhood of
 *   a hub; both take several seconds on this graph), each three times, are each cut off with
 *   QUERY_TIMEOUT naming QUERY_TIMEOUT_MS, while small requests sent meanwhile are all
 *   answered;
 * - a transaction that sets no timeout of its own is stopped by the server's
 *   db.transaction.timeout (neo4j-local/neo4j.conf, 60 s).
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/neo4j/driver.ts';
import type { LocalNeo4j } from '../../src/neo4j-local/launch.ts';
import { timedGraphQL } from './support/http.ts';
import { ownNeo4j } from './support/own-neo4j.ts';
import { report } from './support/report.ts';
import { ServiceProcess } from './support/service-process.ts';
import { syntheticSeedDir } from './support/synthetic-seed-dir.ts';

const SYNTHETIC_NODES = Number(process.env.REL_SLOW_NODES ?? 20_000);
const QUERY_TIMEOUT_MS = 1500;
const own = ownNeo4j(Number(process.env.REL_SLOW_NEO4J_PORT ?? 7736), '.neo4j/rel-slow', '2g');

const PATHOLOGICAL = [
  {
    name: 'facets over every therapy',
    query: '{ facets { total byCancerType(limit: 100) { node { id } count } byRoute(limit: 100) { node { id } count } byBiomarker(limit: 100) { node { id } count } } }',
  },
  {
    name: 'depth-2 neighborhood of a hub',
    query: '{ neighborhood(id: "delivery-route-0", depth: 2, limit: 100) { nodes { id } edges { relationship citations { id } } truncated } }',
  },
];
const SMALL = { query: 'query($id: ID!) { therapy(id: $id) { id name routes { id } } }' };

describe('slow queries', () => {
  let started: LocalNeo4j;
  let service: ServiceProcess;
  let url: string;

  beforeAll(async () => {
    started = await own.start();
    ({ process: service, url } = await ServiceProcess.start({
      launch: 'node',
      startTimeoutMs: 15 * 60_000,
      env: {
        ...own.env,
        NODE_ENV: 'production',
        RATE_LIMIT_PER_MINUTE: '0',
        QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
        SEED_DIR: syntheticSeedDir(SYNTHETIC_NODES),
      },
    }));
  });
  afterAll(async () => {
    await service?.stop();
    await own.stop();
  });

  it('cuts pathological requests off at QUERY_TIMEOUT_MS with a clear error, and answers small ones meanwhile', async () => {
    // Each pathological request three times, one after another (one of the machine's two
    // cores busy with it), and small requests one after another meanwhile.
    const heavy = (async () => {
      const all = [];
      for (let round = 0; round < 3; round++) {
        for (const p of PATHOLOGICAL) all.push({ ...(await timedGraphQL(url, { query: p.query })), name: p.name });
      }
      return all;
    })();
    let heavyDone = false;
    void heavy.then(() => (heavyDone = true));
    const small = [];
    for (let i = 1; i <= 200 && (!heavyDone || small.length < 10); i++) {
      small.push(await timedGraphQL(url, { ...SMALL, variables: { id: `therapy-${i}` } }));
    }
    const cut = await heavy;

    const smallMs = small.map((r) => r.ms).sort((a, b) => a - b);
    const smallFailed = small.filter((r) => r.status !== 200 || r.body.errors);
    report('slow-queries', {
      graph: `synthetic, ${SYNTHETIC_NODES} nodes`,
      queryTimeoutMs: QUERY_TIMEOUT_MS,
      pathological: cut.map((r) => ({ name: r.name, status: r.status, code: r.code, ms: Math.round(r.ms) })),
      message: cut[0]!.body.errors?.[0]?.message,
      smallAnsweredMeanwhile: small.length - smallFailed.length,
      smallFailed: smallFailed.map((r) => ({ status: r.status, code: r.code, ms: Math.round(r.ms) })),
      smallMs: { p50: Math.round(smallMs[Math.floor(smallMs.length / 2)]!), max: Math.round(smallMs.at(-1)!) },
    });
    for (const r of cut) {
      expect(r.code, `${r.name}: ${JSON.stringify(r.body).slice(0, 300)}`).toBe('QUERY_TIMEOUT');
      // 504 when nothing could be answered; 200 when other fields of the answer could be (partial data).
      expect([200, 504]).toContain(r.status);
      expect(r.body.errors[0].message).toMatch(/QUERY_TIMEOUT_MS \(1500 ms\)/);
      expect(r.ms).toBeLessThan(QUERY_TIMEOUT_MS + 2000 + 3000);
    }
    expect(smallFailed).toEqual([]);
  });

  it("stops a transaction that sets no timeout at the server's db.transaction.timeout (60 s)", async () => {
    const driver = createDriver({ uri: started.uri, user: started.user, password: started.password, connectTimeoutMs: 5000 });
    try {
      const t0 = performance.now();
      const error = await driver
        .executeQuery('UNWIND range(1, 100000000000) AS x WITH x WHERE x = -1 RETURN count(*) AS c', {}, { routing: neo4j.routing.READ })
        .catch((e: unknown) => e as { code?: string });
      const ms = performance.now() - t0;
      expect((error as { code?: string }).code).toMatch(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/);
      expect(ms).toBeGreaterThan(59_000);
      expect(ms).toBeLessThan(75_000);
      report('server-transaction-timeout', { stoppedAfterMs: Math.round(ms), code: (error as { code?: string }).code });
    } finally {
      await driver.close();
    }
  });
});
