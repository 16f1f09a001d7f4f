/**
 * Shutdown and restart, the way `npm start` runs (`node dist/main.js` with its own embedded
 * Neo4j, here on port 7734 with the store in .neo4j/rel-cycles):
 * - SIGTERM (to the process, or to its whole process group as Ctrl-C and supervisors send it)
 *   lets a request that is in flight finish (its response says `Connection: close`),
 *   refuses new connections, then closes the driver and the embedded Neo4j, and exits 0;
 * - ten stop/start cycles in a row each come up with the same graph, and Neo4j never has to
 *   recover its store (every stop was clean);
 * - SIGTERM during start-up leaves nothing running, and the next start is clean.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createDriver } from '../../src/neo4j/driver.ts';
import { portInUse } from '../../src/neo4j-local/launch.ts';
import { graphFingerprint, type GraphFingerprint } from '../resilience/support/graph-fingerprint.ts';
import { FLAGSHIP, requestInFlight, timedGraphQL, until } from './support/http.ts';
import { report } from './support/report.ts';
import { ServiceProcess } from './support/service-process.ts';

const CYCLES = Number(process.env.REL_CYCLES ?? 10);
const NEO4J_PORT = Number(process.env.REL_CYCLES_NEO4J_PORT ?? 7734);
/** As `npm start` runs: no NODE_ENV (development), the embedded Neo4j. */
const env = {
  NODE_ENV: undefined,
  NEO4J_URI: undefined,
  LOCAL_NEO4J_PORT: String(NEO4J_PORT),
  LOCAL_NEO4J_DIR: '.neo4j/rel-cycles',
  LOCAL_NEO4J_HEAP: '512m',
  RATE_LIMIT_PER_MINUTE: '0',
  GRAPHQL_COST_PER_MINUTE: '0',
  MAX_IN_FLIGHT_PER_CLIENT: '0',
};
const local = loadConfig(env).neo4j.local;
const debugLog = path.join(local.dir, 'logs/debug.log');

/** The graph as the embedded Neo4j holds it, read over Bolt with the generated password. */
async function fingerprint(): Promise<GraphFingerprint> {
  const password = readFileSync(path.join(local.dir, 'password'), 'utf8').trim();
  const driver = createDriver({ uri: `bolt://127.0.0.1:${NEO4J_PORT}`, user: 'neo4j', password, connectTimeoutMs: 5000 });
  try {
    return await graphFingerprint(driver, 'neo4j');
  } finally {
    await driver.close();
  }
}

/** Pids of the processes whose command line mentions `text` (from /proc). */
function processesMentioning(text: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) pids.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return pids;
}

function logSize(): number {
  try {
    return statSync(debugLog).size;
  } catch {
    return 0;
  }
}

describe('shutdown and restart of `node dist/main.js`', () => {
  let current: ServiceProcess | undefined;
  afterAll(async () => current?.kill());

  it(`drains in-flight requests on SIGTERM, and ${CYCLES} stop/start cycles come up with the same graph`, async () => {
    expect(await portInUse('127.0.0.1', NEO4J_PORT), `port ${NEO4J_PORT} must be free`).toBe(false);
    // Neo4j's log from the first cycle's start on (whatever an earlier run left, cycle 1 may recover from).
    let logFrom = 0;
    const cycles = [];
    let first: GraphFingerprint | undefined;

    for (let i = 1; i <= CYCLES; i++) {
      const t0 = performance.now();
      const { process: service, url } = await ServiceProcess.start({ env });
      current = service;
      const startMs = performance.now() - t0;
      if (i === 1) logFrom = logSize();
      const seeded = /seeded in/.test(service.output);

      const answer = await timedGraphQL(url, { query: FLAGSHIP });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      const graph = await fingerprint();
      first ??= graph;
      expect(graph).toEqual(first);

      // A request in flight when SIGTERM arrives: half its body sent, the rest after the signal.
      const inFlight = await requestInFlight(url, { query: FLAGSHIP });
      await new Promise((r) => setTimeout(r, 200));
      // Odd cycles signal the process (as `kill <pid>`), even ones its whole process group.
      const group = i % 2 === 0;
      const stopping = service.stop(60_000, group);
      await service.waitFor(/SIGTERM: finishing in-flight requests/, 10_000);
      const refusedNew = await timedGraphQL(url, { query: FLAGSHIP }).then(() => false, () => true);
      const drained = await inFlight.finish();
      expect(drained.status).toBe(200);
      expect(drained.headers).toMatch(/^connection: close$/im);
      expect(JSON.parse(drained.body)).toEqual(answer.body);
      expect(refusedNew).toBe(true);

      const exit = await stopping;
      expect(exit).toMatchObject({ code: 0, killed: false });
      expect(await portInUse('127.0.0.1', NEO4J_PORT), 'the embedded Neo4j is stopped with the service').toBe(false);
      expect(processesMentioning(local.dir), 'no process of the embedded Neo4j is left').toEqual([]);
      expect(service.output).not.toMatch(/unhandled|uncaught|error while stopping/i);
      current = undefined;
      cycles.push({ cycle: i, signalled: group ? 'group' : 'process', startMs: Math.round(startMs), seeded, stopMs: Math.round(exit.ms), nodes: graph.nodes, relationships: graph.relationships });
    }

    // Every stop checkpointed the graph database on shutdown, and no start had to recover it.
    const log = readFileSync(debugLog, 'utf8').slice(logFrom);
    const shutdownCheckpoints = log.match(/\[neo4j\/\w+\] Checkpoint triggered by "Database shutdown".*checkpoint completed/g) ?? [];
    expect(shutdownCheckpoints).toHaveLength(CYCLES);
    expect(log, 'Neo4j recovered its store: a stop was not clean').not.toMatch(/recovery (is )?required|TransactionLogsRecovery/i);
    const starts = cycles.map((c) => c.startMs);
    const stops = cycles.map((c) => c.stopMs);
    report('shutdown-cycles', {
      cycles: cycles.length,
      graph: { nodes: first!.nodes, relationships: first!.relationships, hash: first!.hash.slice(0, 16) },
      cleanShutdownCheckpoints: shutdownCheckpoints.length,
      startMs: { min: Math.min(...starts), max: Math.max(...starts) },
      stopMs: { min: Math.min(...stops), max: Math.max(...stops) },
      each: cycles,
    });
  });

  it('leaves nothing running when SIGTERM comes during start-up, and starts cleanly after', async () => {
    const service = ServiceProcess.spawn({ env });
    current = service;
    // Neo4j's JVM has been spawned and is starting (which takes seconds): stop the service then.
    await until(async () => processesMentioning(local.dir).length > 0, 120_000, 50);
    await new Promise((r) => setTimeout(r, 1000));
    expect(service.running).toBe(true);
    expect(service.output).not.toMatch(/ready at/);
    const exit = await service.stop();
    expect(exit.killed).toBe(false);
    // The JVM it had started notices that its parent is gone, and exits by itself.
    const goneMs = await until(async () => processesMentioning(local.dir).length === 0, 120_000);
    expect(await portInUse('127.0.0.1', NEO4J_PORT)).toBe(false);

    const { process: again, url } = await ServiceProcess.start({ env });
    current = again;
    const answer = await timedGraphQL(url, { query: FLAGSHIP });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect((await again.stop()).code).toBe(0);
    current = undefined;
    report('shutdown-during-startup', { exit: { code: exit.code, signal: exit.signal }, stopMs: Math.round(exit.ms), neo4jGoneAfterMs: Math.round(goneMs) });
  });
});
