/**
 * Neo4j outage under a serving API: the scenario stops its own Neo4j (port 7730, store
 * .neo4j/rel-outage) while the service (a separate process, as `npm start` runs it) keeps
 * receiving traffic, then starts it again.
 * Expected: /readyz says 503 within 2 s; GraphQL requests fail within seconds with
 * SERVICE_UNAVAILABLE (not after the driver's 60 s default); the process neither crashes nor
 * logs an unhandled rejection; once Neo4j is back it serves again without a restart.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, POOL_SIZE } from '../../src/neo4j/driver.ts';
import { DEADLINE_GRACE_MS } from '../../src/neo4j/graph-reader.ts';
import type { LocalNeo4j } from '../../src/neo4j-local/launch.ts';
import { ownNeo4j } from './support/own-neo4j.ts';
import { report } from './support/report.ts';
import { ServiceProcess } from './support/service-process.ts';
import { baseUrl, FLAGSHIP, readyz, timedGraphQL, until } from './support/http.ts';

/** Short, so that a hung Neo4j is given up on quickly (the default is 10 s). */
const QUERY_TIMEOUT_MS = 3000;
const CIRCUIT_COOLDOWN_MS = 2000;

/** Connections the service's driver holds for statements (GET /metrics). */
async function poolInUse(graphqlUrl: string): Promise<number> {
  const text = await (await fetch(`${baseUrl(graphqlUrl)}/metrics`)).text();
  return Number(/^neo4j_pool_connections_in_use (\S+)$/m.exec(text)?.[1]);
}
const neo4j = ownNeo4j(Number(process.env.REL_OUTAGE_NEO4J_PORT ?? 7730), '.neo4j/rel-outage');

describe('Neo4j outage under a serving API', () => {
  let service: ServiceProcess;
  let url: string;
  let started: LocalNeo4j;

  beforeAll(async () => {
    started = await neo4j.start();
    ({ process: service, url } = await ServiceProcess.start({
      env: { ...neo4j.env, RATE_LIMIT_PER_MINUTE: '0', GRAPHQL_COST_PER_MINUTE: '0', MAX_IN_FLIGHT_PER_CLIENT: '0', RESPONSE_CACHE: 'off', QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS), CIRCUIT_COOLDOWN_MS: String(CIRCUIT_COOLDOWN_MS) },
    }));
  });
  afterAll(async () => {
    await service?.kill();
    await neo4j.stop();
  });

  it('runs the local Neo4j with its password off the command line and LOAD CSV off local files', async () => {
    expect(readFileSync(`/proc/${started.pid}/cmdline`, 'utf8')).not.toContain(started.password);
    const driver = createDriver({ uri: started.uri, user: started.user, password: started.password, connectTimeoutMs: 5000 });
    try {
      await expect(driver.executeQuery("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1")).rejects.toThrow(
        /allow_csv_import_from_file_urls/,
      );
    } finally {
      await driver.close();
    }
  });

  it('answers 503 on /readyz and SERVICE_UNAVAILABLE on GraphQL within seconds, then recovers', async () => {
    expect((await readyz(url)).status).toBe(200);
    const before = await timedGraphQL(url, { query: FLAGSHIP });
    expect(before.status).toBe(200);
    expect(before.body.errors).toBeUndefined();

    // Background traffic through the whole outage: whatever happens, the process must live.
    let stopTraffic = false;
    const trafficStatuses = new Map<number, number>();
    const traffic = (async () => {
      for (let i = 0; i < 10_000 && !stopTraffic; i++) {
        const r = await timedGraphQL(url, { query: FLAGSHIP }).catch(() => ({ status: -1 }));
        trafficStatuses.set(r.status, (trafficStatuses.get(r.status) ?? 0) + 1);
        await new Promise((res) => setTimeout(res, 50));
      }
    })();

    const stopT0 = performance.now();
    await neo4j.stop();
    const neo4jStopMs = performance.now() - stopT0;

    // Readiness: the first probe after Neo4j has gone, and a series of probes during the outage.
    const probes = [];
    for (let i = 0; i < 5; i++) probes.push(await readyz(url));
    for (const p of probes) {
      expect(p.status).toBe(503);
      expect(p.ms).toBeLessThan(2000);
      expect(p.body.reason).toMatch(/Neo4j/);
    }

    // GraphQL during the outage: a clear, coded error, fast.
    const failures = [];
    for (let i = 0; i < 5; i++) failures.push(await timedGraphQL(url, { query: FLAGSHIP }));
    for (const f of failures) {
      expect(f.code).toBe('SERVICE_UNAVAILABLE');
      expect(f.status).toBeLessThan(600);
      expect(f.ms).toBeLessThan(5000);
      expect(JSON.stringify(f.body)).not.toMatch(/stacktrace|\bat .+:\d+:\d+/i);
    }

    // Neo4j back: the same process serves again.
    const restartT0 = performance.now();
    await neo4j.start();
    const neo4jStartMs = performance.now() - restartT0;
    const recoveryMs = await until(async () => {
      const [ready, query] = await Promise.all([readyz(url), timedGraphQL(url, { query: FLAGSHIP })]);
      return ready.status === 200 && query.status === 200 && !query.body.errors;
    }, 30_000, 100);

    stopTraffic = true;
    await traffic;
    const after = await timedGraphQL(url, { query: FLAGSHIP });
    expect(after.body).toEqual(before.body);

    expect(service.running).toBe(true);
    expect(service.output).not.toMatch(/unhandled|uncaught|FATAL/i);

    report('neo4j-outage', {
      neo4jStopMs: Math.round(neo4jStopMs),
      readyzMs: probes.map((p) => Math.round(p.ms)),
      readyzReason: probes[0]!.body.reason,
      graphqlFailMs: failures.map((f) => Math.round(f.ms)),
      graphqlFailStatus: failures[0]!.status,
      graphqlFailMessage: failures[0]!.body.errors[0].message,
      neo4jRestartMs: Math.round(neo4jStartMs),
      recoveryAfterNeo4jReadyMs: Math.round(recoveryMs),
      backgroundTraffic: Object.fromEntries(trafficStatuses),
    });
  });

  it('gives up on a hung Neo4j (SIGSTOP) within seconds, more requests than the pool holds included, and serves again once it resumes', async () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // More requests at once than the driver has connections (POOL_SIZE), while Neo4j accepts
    // connections and answers nothing: each one either holds a connection or waits for one.
    const concurrent = POOL_SIZE + 14;
    // First fill the pool: the driver keeps the connections these opened, idle, so that the
    // hang finds established connections (a new one would fail its connect timeout instead).
    // (Until all are answered: a Neo4j just started answers its first queries slowly.)
    await until(async () => (await Promise.all(Array.from({ length: concurrent }, () => timedGraphQL(url, { query: FLAGSHIP })))).every((w) => w.status === 200), 120_000, 500);
    neo4j.signal('SIGSTOP');
    const hangT0 = performance.now();
    let probes;
    let burst;
    const later: Awaited<ReturnType<typeof timedGraphQL>>[] = [];
    let inUseDuring: number | undefined;
    try {
      probes = [await readyz(url), await readyz(url), await readyz(url)];
      burst = await Promise.all(Array.from({ length: concurrent }, () => timedGraphQL(url, { query: FLAGSHIP })));
      // Still hung, for three of the breaker's cool-downs: requests now fail at once, and the
      // one probe it lets through per cool-down is all that reaches the driver.
      const laterUntil = performance.now() + 3 * CIRCUIT_COOLDOWN_MS + 500;
      while (performance.now() < laterUntil) {
        later.push(await timedGraphQL(url, { query: FLAGSHIP }));
        await sleep(100);
      }
      inUseDuring = await poolInUse(url);
    } finally {
      neo4j.signal('SIGCONT');
    }
    const hungMs = performance.now() - hangT0;
    // Resumed: readiness and the query come back, the given-up reads let go of their
    // connections, and as many requests at once as before are all answered.
    const resumedAt = performance.now();
    const trace: string[] = [];
    const recoveryMs = await until(async () => {
      const [query, ready] = [await timedGraphQL(url, { query: FLAGSHIP }), await readyz(url)];
      trace.push(`${Math.round(performance.now() - resumedAt)} ms: ${query.status} ${query.code ?? ''} in ${Math.round(query.ms)} ms, readyz ${ready.status}`);
      return ready.status === 200 && query.status === 200 && !query.body.errors;
    }, 30_000, 100);
    const releasedMs = await until(async () => (await poolInUse(url)) === 0, 30_000, 100);
    const after = await Promise.all(Array.from({ length: concurrent }, () => timedGraphQL(url, { query: FLAGSHIP })));

    const ms = (xs: { ms: number }[]) => xs.map((x) => Math.round(x.ms)).sort((x, y) => x - y);
    const count = (xs: { status: number; code?: string }[]) =>
      xs.reduce<Record<string, number>>((acc, x) => ((acc[`${x.status} ${x.code ?? ''}`.trim()] = (acc[`${x.status} ${x.code ?? ''}`.trim()] ?? 0) + 1), acc), {});
    const laterFast = later.filter((f) => f.ms < 250);
    report('neo4j-hang', {
      hungMs: Math.round(hungMs),
      poolSize: POOL_SIZE,
      readyzMs: probes.map((p) => Math.round(p.ms)),
      concurrent,
      burst: { outcomes: count(burst), ms: ms(burst) },
      graphqlFailMessages: [...new Set(burst.map((f) => f.body.errors?.[0]?.message))],
      whileStillHung: { requests: later.length, outcomes: count(later), under250ms: laterFast.length, ms: ms(later) },
      poolInUseDuring: inUseDuring,
      recoveryAfterResumeMs: Math.round(recoveryMs),
      recoveryTrace: trace,
      poolReleasedAfterResumeMs: Math.round(releasedMs),
      afterResume: { concurrent, outcomes: count(after), maxMs: ms(after).at(-1) },
    });

    for (const p of probes) {
      expect(p.status).toBe(503);
      expect(p.ms).toBeLessThan(2000);
    }
    // Every request: a coded 503/504 by the reader's deadline (plus the loaded machine's
    // slack), none left waiting for a connection that a hung Neo4j holds.
    for (const f of [...burst, ...later]) {
      expect(['QUERY_TIMEOUT', 'SERVICE_UNAVAILABLE']).toContain(f.code);
      expect([503, 504]).toContain(f.status);
      expect(f.ms).toBeLessThan(QUERY_TIMEOUT_MS + DEADLINE_GRACE_MS + 2500);
    }
    // Once the breaker has opened, nearly every request fails at once.
    expect(laterFast.length).toBeGreaterThan(later.length * 0.7);
    // Connections the driver holds for Neo4j while it hangs: the burst's and one probe per
    // cool-down, not one per request.
    expect(inUseDuring).toBeLessThanOrEqual(concurrent + 5);
    expect(after.map((a) => a.status)).toEqual(after.map(() => 200));
    expect(after.filter((a) => a.body.errors)).toEqual([]);
    expect(service.running).toBe(true);
    expect(service.output).not.toMatch(/unhandled|uncaught|FATAL/i);
  });

  it('stops cleanly afterwards (exit 0 on SIGTERM)', async () => {
    const exit = await service.stop();
    expect(exit).toMatchObject({ code: 0, killed: false });
  });
});
