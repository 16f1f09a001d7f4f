import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { loadConfig } from '../config.ts';
import { connectNeo4j } from '../neo4j/connect.ts';
import type { SeedGraph } from '../seed/graph.ts';
import { DEFAULT_BATCH_SIZE, DEFAULT_LOAD_TIMEOUT_MS, loadSeed } from '../seed/load.ts';
import { prepareSeed } from '../seed/prepare.ts';
import { DEFAULT_SYNTHETIC_NODES, syntheticSeedGraph } from '../seed/synthetic.ts';
import { ProgressLine } from './progress-line.ts';
import { UsageError } from './report-error.ts';

interface SeedOptions {
  dir?: string;
  check?: boolean;
  synthetic?: boolean;
  nodes?: number;
  randomSeed?: number;
  batchSize?: number;
  timeout?: number;
}

/**
 * `seed`: validate a seed folder (or generate the synthetic one) and load it into Neo4j,
 * replacing the previous graph in one transaction. An invalid seed never reaches Neo4j.
 */
export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('validate the seed and load it into Neo4j, replacing the previous graph all-or-nothing')
    .option('--dir <folder>', 'seed folder (default: $SEED_DIR, else graph-seed)')
    .option('--check', 'validate only; Neo4j is not contacted')
    .option('--synthetic', 'use the generated, scaled seed instead of a folder (for benchmarks)')
    .option('--nodes <n>', `with --synthetic: number of nodes (default ${DEFAULT_SYNTHETIC_NODES})`, positiveInteger)
    .option('--random-seed <s>', 'with --synthetic: seed of the generator (default 1)', positiveInteger)
    .option('--batch-size <n>', `rows per write statement (default ${DEFAULT_BATCH_SIZE})`, positiveInteger)
    .option('--timeout <seconds>', `the load transaction's timeout (default ${DEFAULT_LOAD_TIMEOUT_MS / 1000})`, positiveInteger)
    .action((options: SeedOptions) => seed(options));
}

async function seed(options: SeedOptions): Promise<void> {
  const config = loadConfig();
  const graph = await seedGraph(options, config.seedDir);
  const summary = `${graph.origin}: ${count(graph.nodes.length)} nodes, ${count(graph.relationships.length)} relationships (hash ${graph.hash.slice(0, 12)})`;
  if (options.check) {
    process.stdout.write(`${summary}: valid\n`);
    return;
  }

  const neo4j = await connectNeo4j(config.neo4j);
  const progress = new ProgressLine(process.stderr);
  try {
    const result = await loadSeed(neo4j.driver, neo4j.database, graph, {
      batchSize: options.batchSize,
      timeoutMs: options.timeout === undefined ? undefined : options.timeout * 1000,
      onProgress: progress.update,
    });
    progress.clear();
    const removed = `removed ${count(result.removedNodes)} nodes and ${count(result.removedRelationships)} relationships of the previous seed`;
    process.stdout.write(`loaded ${summary} into ${neo4j.uri} in ${(result.timings.totalMs / 1000).toFixed(1)} s; ${removed}\n`);
  } finally {
    progress.clear();
    await neo4j.close();
  }
}

async function seedGraph(options: SeedOptions, defaultDir: string): Promise<SeedGraph> {
  if (options.synthetic) {
    if (options.dir !== undefined) throw new UsageError('--dir and --synthetic do not go together: the synthetic seed is generated, not read');
    return syntheticSeedGraph({ nodes: options.nodes, randomSeed: options.randomSeed });
  }
  if (options.nodes !== undefined || options.randomSeed !== undefined) {
    throw new UsageError('--nodes and --random-seed only go with --synthetic');
  }
  return prepareSeed(options.dir === undefined ? defaultDir : path.resolve(options.dir));
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function count(n: number): string {
  return n.toLocaleString('en');
}
