/**
 * Load: the mixed workload (support/workload.ts) against the service in its own process
 * (`node dist/main.js`, NODE_ENV=production, rate limit off) on the shared
 * reliability Neo4j, from autocannon in this process, all on this one 2-core machine.
 * - 16 and 64 connections for 60 s each: zero errors (connection errors, timeouts, non-2xx,
 *   GraphQL `errors`), p50/p99 reported;
 * - memory steady: under 64 connections for three consecutive minutes, the server's resident
 *   size (sampled every 5 s; each minute's mean, as single readings swing with garbage
 *   collection) stays within 10% (max/min <= 1.10).
 */
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRss } from '../../bench/rss.ts';
import { timedGraphQL } from './support/http.ts';
import { cpuSeconds } from './support/proc.ts';
import { report } from './support/report.ts';
import { type ServiceProcess, startOnSharedNeo4j } from './support/service-process.ts';
import { MIXED_WORKLOAD } from './support/workload.ts';

const SECONDS = Number(process.env.REL_LOAD_SECONDS ?? 60);
const SOAK_MINUTES = 3;

interface Run {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  /** CPU time the server process used, as a share of one core (Node runs JavaScript on one). */
  serverCpu: number;
}

/** autocannon's result, as bench/autocannon.d.ts types it. */
type Result = Parameters<Parameters<typeof autocannon>[1]>[1];

function load(url: string, connections: number, seconds: number, serverPid: number): Promise<Run> {
  const { pathname } = new URL(url);
  let graphqlErrors = 0;
  const requests = MIXED_WORKLOAD.map((op) => ({
    method: 'POST' as const,
    path: pathname,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: op.query, variables: op.variables }),
    onResponse: (_status: number, body: string) => {
      if (body.includes('"errors":')) graphqlErrors += 1;
    },
  }));
  // `requests` (each connection sends them in turn) is beyond bench/autocannon.d.ts's typing.
  const options = { url, connections, duration: seconds, timeout: 30, requests };
  const cpu0 = cpuSeconds(serverPid);
  return new Promise((resolve, reject) => {
    autocannon(options, (err: Error | null, r: Result) => {
      if (err) return reject(err);
      resolve({
        connections,
        seconds: r.duration,
        requests: r.requests.total,
        rps: Math.round(r.requests.total / r.duration),
        p50: r.latency.p50,
        p99: r.latency.p99,
        max: r.latency.max,
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        graphqlErrors,
        serverCpu: Number(((cpuSeconds(serverPid) - cpu0) / r.duration).toFixed(2)),
      });
    });
  });
}

function expectClean(run: Run): void {
  expect(run.requests).toBeGreaterThan(0);
  expect({ errors: run.errors, timeouts: run.timeouts, non2xx: run.non2xx, graphqlErrors: run.graphqlErrors }).toEqual({
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    graphqlErrors: 0,
  });
}

const rssMiB = (pid: number) => Math.round((readRss(pid)?.rssKiB ?? Number.NaN) / 1024);

describe('load: the mixed workload', () => {
  let service: ServiceProcess;
  let url: string;
  const runs: Run[] = [];
  const aloneMs: Record<string, number> = {};

  beforeAll(async () => {
    // One client sending the whole load: its per-client limits off. Every answer is uncached.
    ({ process: service, url } = await startOnSharedNeo4j({ RATE_LIMIT_PER_MINUTE: '0', GRAPHQL_COST_PER_MINUTE: '0', MAX_IN_FLIGHT_PER_CLIENT: '0' }));
    // Every operation of the mix answers without errors before any load.
    for (const op of MIXED_WORKLOAD) {
      const r = await timedGraphQL(url, { query: op.query, variables: op.variables });
      expect(r.body.errors, op.name).toBeUndefined();
      expect(r.status, op.name).toBe(200);
    }
    await load(url, 16, 10, service.pid); // warm-up: JIT, connection pool, Neo4j's plan cache
    // Each operation alone, warm: the median of five, to read the mix's figures against.
    for (const op of MIXED_WORKLOAD) {
      const ms = [];
      for (let i = 0; i < 5; i++) ms.push((await timedGraphQL(url, { query: op.query, variables: op.variables })).ms);
      aloneMs[op.name] = Math.round(ms.sort((a, b) => a - b)[2]!);
    }
  });
  afterAll(async () => service?.stop());

  it.each([16, 64])('%i connections for 60 s: zero errors', async (connections) => {
    const run = await load(url, connections, SECONDS, service.pid);
    runs.push(run);
    console.log(`[load] ${JSON.stringify(run)}`);
    expectClean(run);
  });

  it(`keeps its resident size steady over ${SOAK_MINUTES} minutes at 64 connections`, async () => {
    const samples: { minute: number; s: number; rssMiB: number }[] = [];
    const t0 = performance.now();
    let minute = 1;
    const sampler = setInterval(() => samples.push({ minute, s: Math.round((performance.now() - t0) / 1000), rssMiB: rssMiB(service.pid) }), 5000);
    const atEndOfMinute: number[] = [];
    const soak: Run[] = [];
    try {
      for (; minute <= SOAK_MINUTES; minute++) {
        soak.push(await load(url, 64, 60, service.pid));
        atEndOfMinute.push(rssMiB(service.pid));
      }
    } finally {
      clearInterval(sampler);
    }
    for (const run of soak) expectClean(run);
    const perMinute = Array.from({ length: SOAK_MINUTES }, (_, i) => {
      const inMinute = samples.filter((x) => x.minute === i + 1).map((x) => x.rssMiB);
      return Math.round(inMinute.reduce((a, b) => a + b, 0) / inMinute.length);
    });
    const spread = Math.max(...perMinute) / Math.min(...perMinute);
    report('load', {
      machine: '2 cores; server, Neo4j and autocannon on the same machine',
      eachOperationAloneMs: aloneMs,
      runs,
      soak: soak.map((r) => ({ requests: r.requests, rps: r.rps, p50: r.p50, p99: r.p99, serverCpu: r.serverCpu })),
      rssMiBMeanEachMinute: perMinute,
      rssMiBAtEndOfEachMinute: atEndOfMinute,
      rssSpread: Number(spread.toFixed(3)),
      rssSamples: samples.map(({ s, rssMiB }) => [s, rssMiB]),
      rssAfterMiB: rssMiB(service.pid),
    });
    expect(spread).toBeLessThanOrEqual(1.1);
    expect(service.running).toBe(true);
  });
});
