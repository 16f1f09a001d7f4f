/**
 * Seeding faults, with the seed CLI (`src/cli/index.ts seed`) against a Neo4j of this
 * scenario's own (port 7735, store .neo4j/rel-seed):
 * - the seed process killed with SIGKILL part-way (while writing nodes, then while writing
 *   relationships, as Neo4j's own list of transactions shows) leaves the previous graph
 *   exactly as it was, and the next run completes;
 * - two seed runs at once: one proceeds, the other waits for the seed lock and then
 *   proceeds too (or stops with a clear message naming the lock); the graph ends up whole.
 * A synthetic seed of SYNTHETIC_NODES nodes makes a load long enough to interrupt.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { createDriver } from '../../src/neo4j/driver.ts';
import { graphFingerprint, type GraphFingerprint } from '../resilience/support/graph-fingerprint.ts';
import { until } from './support/http.ts';
import { ownNeo4j } from './support/own-neo4j.ts';
import { report } from './support/report.ts';

const SYNTHETIC_NODES = Number(process.env.REL_SEED_NODES ?? 5000);
const own = ownNeo4j(Number(process.env.REL_SEED_NEO4J_PORT ?? 7735), '.neo4j/rel-seed', '2g');

interface CliRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }>;
}

/** `node --import tsx src/cli/index.ts <args>`: one process, so SIGKILL reaches the loader itself. */
function cli(args: string[]): CliRun {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...own.env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Awaited<CliRun['done']>>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - t0 })),
  );
  return { child, done };
}

/** The seed loads Neo4j is running now (the loader tags its transaction), with their current statement. */
interface SeedTransaction {
  query: string;
  elapsedMs: number;
  /** Locks it holds: one or more per node or relationship written so far. */
  locks: number;
}

async function seedTransactions(driver: Driver): Promise<SeedTransaction[]> {
  const { records } = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD metaData, currentQuery, elapsedTime, activeLockCount
     WHERE metaData.app = 'therapy-graph seed load'
     RETURN currentQuery AS query, elapsedTime.milliseconds AS elapsedMs, activeLockCount AS locks`,
    {},
    { routing: neo4j.routing.READ },
  );
  return records.map((r) => ({ query: String(r.get('query')), elapsedMs: Number(r.get('elapsedMs')), locks: Number(r.get('locks')) }));
}

describe('seeding faults', () => {
  let driver: Driver;
  let seeded: GraphFingerprint;
  let firstContent: GraphFingerprint;
  let seedHash: string;
  const figures: Record<string, unknown> = { syntheticNodes: SYNTHETIC_NODES };

  beforeAll(async () => {
    const started = await own.start();
    driver = createDriver({ uri: started.uri, user: started.user, password: started.password, connectTimeoutMs: 5000 });
    const first = await cli(['seed']).done;
    expect(first.code, first.stderr).toBe(0);
    seeded = await graphFingerprint(driver, 'neo4j');
    firstContent = await graphFingerprint(driver, 'neo4j', ['SeedMeta', 'SeedLock']);
    seedHash = /\(hash ([0-9a-f]{12})\)/.exec(first.stdout)![1]!;
  });
  afterAll(async () => {
    await driver?.close();
    await own.stop();
  });

  it.each([
    ['writing nodes', /MERGE \(n:Entity/],
    ['writing relationships', /MERGE \(a\)-\[r:/],
  ])('SIGKILL while %s leaves the previous graph intact', async (phase, statement) => {
    // Small batches, so that "part-way" means some batches written and more to come.
    const run = cli(['seed', '--synthetic', '--yes', '--nodes', String(SYNTHETIC_NODES), '--batch-size', '500']);
    let seen: SeedTransaction | undefined;
    await until(async () => {
      seen = (await seedTransactions(driver)).find((t) => statement.test(t.query) && t.locks >= 1000);
      return seen !== undefined;
    }, 240_000, 100);
    run.child.kill('SIGKILL');
    const exit = await run.done;
    expect(exit.signal).toBe('SIGKILL');
    // Neo4j sees the connection drop and rolls the transaction back.
    const rollbackMs = await until(async () => (await seedTransactions(driver)).length === 0, 60_000, 100);
    expect(await graphFingerprint(driver, 'neo4j')).toEqual(seeded);
    figures[`killedWhile ${phase}`] = {
      afterMs: Math.round(exit.ms),
      transactionAgeMs: seen!.elapsedMs,
      locksHeld: seen!.locks,
      rollbackSeenWithinMs: Math.round(rollbackMs),
    };
  });

  it('completes the next run after the kills', async () => {
    const next = await cli(['seed', '--synthetic', '--yes', '--nodes', String(SYNTHETIC_NODES)]).done;
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/^loaded synthetic/m);
    const graph = await graphFingerprint(driver, 'neo4j');
    expect(graph.nodes).toBeGreaterThanOrEqual(SYNTHETIC_NODES);
    expect(graph.hash).not.toBe(seeded.hash);
    figures.nextRun = { ms: Math.round(next.ms), nodes: graph.nodes, relationships: graph.relationships, output: next.stdout.trim() };
  });

  it('runs two seeds at once one after the other on the seed lock, and ends with the whole graph', async () => {
    const a = cli(['seed']);
    const b = cli(['seed']);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    const outcomes = [ra, rb].map((r) => ({
      code: r.code,
      ms: Math.round(r.ms),
      said: (r.code === 0 ? r.stdout : r.stderr).trim(),
    }));
    // Each either loaded, or stopped with a message that names the lock and says the graph is unchanged.
    for (const o of outcomes) {
      if (o.code !== 0) expect(o.said).toMatch(/another seed load is holding the seed lock.*the graph is unchanged/);
      else expect(o.said).toMatch(/^loaded /);
    }
    expect(outcomes.some((o) => o.code === 0)).toBe(true);
    // They did not interleave: the first to hold the lock replaced the synthetic graph; one
    // that ran after it found the seed already there and removed nothing.
    const removed = outcomes.filter((o) => o.code === 0).map((o) => Number(/removed ([\d,]+) nodes/.exec(o.said)?.[1]?.replace(/,/g, '')));
    expect(removed.filter((n) => n >= SYNTHETIC_NODES)).toHaveLength(1);
    expect(removed.filter((n) => n > 0 && n < SYNTHETIC_NODES)).toHaveLength(0);
    // The same content as the first load (a reload rewrites only the load's own bookkeeping).
    const bookkeeping = ['SeedMeta', 'SeedLock'];
    expect(await graphFingerprint(driver, 'neo4j', bookkeeping)).toEqual(firstContent);
    const meta = await driver.executeQuery("MATCH (m:SeedMeta {id: 'seed'}) RETURN m.hash AS hash", {}, { routing: neo4j.routing.READ });
    expect(String(meta.records[0]?.get('hash'))).toMatch(new RegExp(`^${seedHash}`));
    figures.concurrentRuns = outcomes;
    report('seeding-faults', figures);
  });
});
