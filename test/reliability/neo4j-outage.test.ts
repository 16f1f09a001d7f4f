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
import { createDriver } from '../../src/neo4j/driver.ts';
import type { LocalNeo4j } from '../../src/neo4j-local/launch.ts';
import { ownNeo4j } from './support/own-neo4j.ts';
import { report } from './support/report.ts';
import { ServiceProcess } from './support/service-process.ts';
import { FLAGSHIP, readyz, timedGraphQL, until } from './support/http.ts';

/** Short, so that a hung Neo4j is given up on quickly (the default is 10 s). */
const QUERY_TIMEOUT_MS = 3000;
const neo4j = ownNeo4j(Number(process.env.REL_OUTAGE_NEO4J_PORT ?? 7730), '.neo4j/rel-outage');

describe('Neo4j outage under a serving API', () => {
  let service: ServiceProcess;
  let url: string;
  let started: LocalNeo4j;

  beforeAll(async () => {
    started = await neo4j.start();
    ({ process: service, url } = await ServiceProcess.start({
      launch: 'node',
      env: { ...neo4j.env, RATE_LIMIT_PER_MINUTE: '0', GRAPHQL_COST_PER_MINUTE: '0', MAX_IN_FLIGHT_PER_CLIENT: '0', RESPONSE_CACHE: 'off', QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) },
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

  it('gives up on a hung Neo4j (SIGSTOP) within seconds, and serves again once it resumes', async () => {
    neo4j.signal('SIGSTOP');
    let probes;
    let failures;
    try {
      probes = [await readyz(url), await readyz(url), await readyz(url)];
      failures = await Promise.all([0, 1, 2].map(() => timedGraphQL(url, { query: FLAGSHIP })));
    } finally {
      neo4j.signal('SIGCONT');
    }
    for (const p of probes) {
      expect(p.status).toBe(503);
      expect(p.ms).toBeLessThan(2000);
    }
    for (const f of failures) {
      expect(['QUERY_TIMEOUT', 'SERVICE_UNAVAILABLE']).toContain(f.code);
      expect(f.ms).toBeLessThan(QUERY_TIMEOUT_MS + 5000);
    }
    const recoveryMs = await until(async () => {
      const query = await timedGraphQL(url, { query: FLAGSHIP });
      return (await readyz(url)).status === 200 && query.status === 200 && !query.body.errors;
    }, 30_000, 100);
    expect(service.running).toBe(true);
    expect(service.output).not.toMatch(/unhandled|uncaught|FATAL/i);
    report('neo4j-hang', {
      readyzMs: probes.map((p) => Math.round(p.ms)),
      graphqlFailMs: failures.map((f) => Math.round(f.ms)),
      graphqlFailCodes: failures.map((f) => f.code),
      graphqlFailMessage: failures[0]!.body.errors[0].message,
      recoveryAfterResumeMs: Math.round(recoveryMs),
    });
  });

  it('stops cleanly afterwards (exit 0 on SIGTERM)', async () => {
    const exit = await service.stop();
    expect(exit).toMatchObject({ code: 0, killed: false });
  });
});
