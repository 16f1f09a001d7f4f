import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jHandle } from '../../src/neo4j/connect.ts';
import { MINIMAL_SEED_DIR } from '../../src/seed/fixtures/fixture.ts';
import { readSeed } from '../../src/seed/read.ts';
import { readSeedMeta } from '../../src/seed/seed-meta.ts';
import { runCli, testNeo4jEnv } from './cli-process.ts';
import { clearGraph, connectTestNeo4j } from './graph-state.ts';

/** Nothing listens on port 1: a command that tries to connect fails, one that must not connect passes. */
const NO_NEO4J = { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', NEO4J_CONNECT_TIMEOUT_MS: '1000' };

describe('therapy-graph seed', () => {
  let neo4j: Neo4jHandle;

  beforeAll(async () => {
    neo4j = await connectTestNeo4j();
  });
  // Leave the graph empty: other files call ensureShippedSeed, which loads into an empty graph.
  afterAll(async () => {
    if (neo4j) await clearGraph(neo4j.driver, neo4j.database);
    await neo4j?.close();
  });

  it('--check validates without Neo4j and summarizes the seed', async () => {
    const run = await runCli(['seed', '--check', '--dir', MINIMAL_SEED_DIR], NO_NEO4J);
    const { hash } = await readSeed(MINIMAL_SEED_DIR);
    expect(run).toEqual({ code: 0, stdout: `${MINIMAL_SEED_DIR}: 16 nodes, 24 relationships (hash ${hash.slice(0, 12)}): valid\n`, stderr: '' });
  });

  it('reports an invalid seed before connecting to Neo4j', async () => {
    const run = await runCli(['seed', '--dir', `${MINIMAL_SEED_DIR}/..`], NO_NEO4J);
    expect(run.code).toBe(1);
    // The fixtures folder holds no seed files (and a .ts file, which is not YAML and so not listed).
    expect(run.stderr).toContain('citations.yaml: file not found in');
    expect(run.stderr).not.toContain('cannot reach Neo4j');
  });

  it('loads a seed into Neo4j and says what it did', async () => {
    const run = await runCli(['seed', '--dir', MINIMAL_SEED_DIR], testNeo4jEnv());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^loaded .*minimal: 16 nodes, 24 relationships \(hash [0-9a-f]{12}\) into bolt:\/\/.* in \d+\.\d s; removed [\d,]+ nodes and [\d,]+ relationships of the previous seed\n$/);
    expect((await readSeedMeta(neo4j.driver, neo4j.database))?.hash).toBe((await readSeed(MINIMAL_SEED_DIR)).hash);
  });

  it('does not replace a curated graph with the synthetic one without --yes (no terminal to ask), and leaves it as it was', async () => {
    const before = await readSeedMeta(neo4j.driver, neo4j.database);
    expect(before?.origin).toContain('minimal');
    const run = await runCli(['seed', '--synthetic', '--nodes', '300'], testNeo4jEnv());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^therapy-graph: the graph at bolt:\/\/\S+ holds the seed \S*minimal \(16 nodes, loaded [^)]+\); --synthetic would replace it: add --yes to confirm\n$/);
    expect((await readSeedMeta(neo4j.driver, neo4j.database))?.hash).toBe(before?.hash);
  });

  it('loads the synthetic seed at the size asked for', async () => {
    const run = await runCli(['seed', '--synthetic', '--nodes', '300', '--random-seed', '5', '--yes'], testNeo4jEnv());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^loaded synthetic \(nodes=300, random seed=5\): 300 nodes, [\d,]+ relationships/);
    expect((await readSeedMeta(neo4j.driver, neo4j.database))?.nodeCount).toBe(300);
  });

  it('says any other failure in one line, and shows the stack only with LOG_LEVEL=debug', async () => {
    const plain = await runCli(['seed', '--dir', MINIMAL_SEED_DIR], NO_NEO4J);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^therapy-graph: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 .*\n$/);

    const debug = await runCli(['seed', '--dir', MINIMAL_SEED_DIR], { ...NO_NEO4J, LOG_LEVEL: 'debug' });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^therapy-graph: cannot reach Neo4j[^\n]*\n[\s\S]*\n\s+at connectNeo4j /);
  });

  it('rejects options that do not go together', async () => {
    const run = await runCli(['seed', '--nodes', '500'], NO_NEO4J);
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'therapy-graph: --nodes, --random-seed and --yes only go with --synthetic\n' });
  });
});
