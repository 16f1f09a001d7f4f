import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import type { Neo4jHandle } from '../../src/neo4j/connect.ts';
import { MINIMAL_SEED_DIR } from '../../src/seed/fixtures/fixture.ts';
import type { SeedGraph } from '../../src/seed/graph.ts';
import { loadSeed, SeedLoadError } from '../../src/seed/load.ts';
import { prepareSeed } from '../../src/seed/prepare.ts';
import { syntheticSeedGraph } from '../../src/seed/synthetic.ts';
import { runCli, testNeo4jEnv } from './cli-process.ts';
import { clearGraph, connectTestNeo4j, graphSnapshot, withoutLoadTimes } from './graph-state.ts';

/** Loads that fail, in every way we can cause, leave the previous graph exactly as it was. */
describe('an unfinished load changes nothing', () => {
  let neo4j: Neo4jHandle;
  const db = () => [neo4j.driver, neo4j.database] as const;
  let minimal: SeedGraph;
  let before: string;

  beforeAll(async () => {
    neo4j = await connectTestNeo4j();
    minimal = await prepareSeed(MINIMAL_SEED_DIR);
  });
  beforeEach(async () => {
    await clearGraph(...db());
    await loadSeed(...db(), minimal);
    before = await graphSnapshot(...db());
  });
  // Leave the graph empty: other files call ensureShippedSeed, which loads into an empty graph.
  afterAll(async () => {
    if (neo4j) await clearGraph(...db());
    await neo4j?.close();
  });

  it('when the seed is invalid: the CLI prints every problem, exits 1, and does not touch Neo4j', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-broken-'));
    try {
      cpSync(MINIMAL_SEED_DIR, dir, { recursive: true });
      writeFileSync(path.join(dir, 'schedules.yaml'), '- id: daily\n  name: Every day\n  citations: [src-gone]\n  colour: blue\n');
      const run = await runCli(['seed', '--dir', dir], testNeo4jEnv());
      expect(run.code).toBe(1);
      expect(run.stderr.split('\n')).toEqual([
        'schedules.yaml: daily: description: required',
        'schedules.yaml: daily: colour: unknown field',
        'schedules.yaml: daily: citations[0]: unknown citation "src-gone"',
        `${dir}: 3 problems; nothing was loaded`,
        '',
      ]);
      expect(run.stdout).toBe('');
      expect(await graphSnapshot(...db())).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when Neo4j rejects a value after many batches were written', async () => {
    const big = syntheticSeedGraph({ nodes: 5000, randomSeed: 11 });
    // A map is not a valid property value; it comes last, after every node and all other relationships.
    const bad = { type: 'SUPPORTED_BY' as const, from: big.nodes.at(-1)!.id, to: big.nodes[0]!.id, properties: { section: { not: 'allowed' } as never } };
    const graph: SeedGraph = { ...big, relationships: [...big.relationships, bad] };
    const batches: string[] = [];
    const failure = loadSeed(...db(), graph, { batchSize: 1000, onProgress: (p) => batches.push(p.phase) });
    await expect(failure).rejects.toThrow(SeedLoadError);
    await expect(failure).rejects.toThrow(/^the seed load failed during relationships: .*; the graph is unchanged$/);
    expect(batches.filter((p) => p === 'nodes' || p === 'relationships').length).toBeGreaterThan(30);
    expect(await graphSnapshot(...db())).toBe(before);
  });

  it('when the loading process is killed part-way; the next load then proceeds', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'test/seed/load-child.ts')], {
      cwd: projectRoot,
      env: { ...testNeo4jEnv(), SYNTHETIC_NODES: '20000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        output += d.toString();
        // Well into the relationships: every node and some relationships are written, nothing committed.
        if (/^relationships \d{4,}$/m.test(output)) resolve();
      });
      child.once('exit', () => reject(new Error(`the loader exited before it was killed: ${output.slice(-500)}`)));
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output).not.toContain('committed');

    expect(await graphSnapshot(...db())).toBe(before);
    // Neo4j rolls back the dead connection's transaction and frees the seed lock.
    const next = await loadSeed(...db(), minimal, { timeoutMs: 50_000 });
    expect(next.loaded).toBe(true);
    expect(withoutLoadTimes(await graphSnapshot(...db()))).toBe(withoutLoadTimes(before));
  });

  it('when it runs past its transaction timeout', async () => {
    const graph = syntheticSeedGraph({ nodes: 5000, randomSeed: 12 });
    await expect(loadSeed(...db(), graph, { batchSize: 100, timeoutMs: 1500 })).rejects.toThrow(
      /^the seed load did not finish within its 1\.5 s timeout \(during (nodes|relationships)\); the graph is unchanged$/,
    );
    expect(await graphSnapshot(...db())).toBe(before);
  });
});

describe('the seed lock', () => {
  let neo4j: Neo4jHandle;
  const db = () => [neo4j.driver, neo4j.database] as const;

  beforeAll(async () => {
    neo4j = await connectTestNeo4j();
    await clearGraph(...db());
  });
  afterAll(async () => {
    if (neo4j) await clearGraph(...db());
    await neo4j?.close();
  });

  /** Takes the lock the way a load does, in a transaction left open until release(). */
  async function holdLock() {
    const session = neo4j.driver.session({ database: neo4j.database });
    const tx = session.beginTransaction();
    await tx.run("MERGE (l:SeedLock {id: 'seed'}) SET l.at = timestamp()");
    return async () => {
      await tx.rollback();
      await session.close();
    };
  }

  it('makes a second load wait for the first', async () => {
    const graph = await prepareSeed(MINIMAL_SEED_DIR);
    await loadSeed(...db(), graph); // creates the schema, so the waiting load below waits only on the lock
    const release = await holdLock();
    const started = Date.now();
    let finishedAt = 0;
    const waiting = loadSeed(...db(), graph).then((r) => ((finishedAt = Date.now()), r));
    await new Promise((r) => setTimeout(r, 2000));
    expect(finishedAt).toBe(0);
    await release();
    expect((await waiting).loaded).toBe(true);
    expect(finishedAt - started).toBeGreaterThanOrEqual(2000);
  });

  it('tells a load that waited too long that another load holds the lock', async () => {
    const graph = await prepareSeed(MINIMAL_SEED_DIR);
    await loadSeed(...db(), graph);
    const release = await holdLock();
    try {
      await expect(loadSeed(...db(), graph, { timeoutMs: 2000 })).rejects.toThrow(
        /^another seed load is holding the seed lock and did not finish in time; the graph is unchanged; try again when it is done$/,
      );
    } finally {
      await release();
    }
  });
});
