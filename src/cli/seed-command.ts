import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { loadConfig } from '../config.ts';
import { connectNeo4j, type Neo4jHandle } from '../neo4j/connect.ts';
import type { SeedGraph } from '../seed/graph.ts';
import { DEFAULT_BATCH_SIZE, DEFAULT_LOAD_TIMEOUT_MS, loadSeed, type LoadProgress } from '../seed/load.ts';
import { prepareSeed } from '../seed/prepare.ts';
import { readSeedMeta } from '../seed/seed-meta.ts';
import { DEFAULT_SYNTHETIC_NODES, isSyntheticOrigin, syntheticSeedGraph } from '../seed/synthetic.ts';
import { confirm } from './confirm.ts';
import { countOf } from './count-of.ts';
import { helpFooter } from './help-text.ts';
import { fraction, ProgressLine } from './progress-line.ts';
import { UsageError } from './report-error.ts';

interface SeedOptions {
  dir?: string;
  check?: boolean;
  synthetic?: boolean;
  nodes?: number;
  randomSeed?: number;
  batchSize?: number;
  timeout?: number;
  yes?: boolean;
}

/**
 * `seed`: validate a seed folder (or generate the synthetic one) and load it into Neo4j,
 * replacing the previous graph in one transaction. An invalid seed never reaches Neo4j, and
 * a synthetic seed replaces a curated graph (which an API may be serving) only when confirmed.
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
    .option('-y, --yes', 'replace a curated graph with the synthetic one without asking')
    .addHelpText(
      'after',
      helpFooter(
        [
          'npx therapy-graph seed --check',
          'npx therapy-graph seed',
          'npx therapy-graph seed --dir my-seed',
          'npx therapy-graph seed --synthetic --nodes 10000 --yes',
          'NEO4J_URI=bolt://db.example:7687 NEO4J_PASSWORD=... npx therapy-graph seed',
        ],
        ['neo4j', 'local', 'seedDir', 'logLevel'],
      ),
    )
    .action((options: SeedOptions) => seed(options));
}

async function seed(options: SeedOptions): Promise<void> {
  const config = loadConfig();
  const graph = await seedGraph(options, config.seedDir);
  const summary = `${graph.origin}: ${countOf(graph.nodes.length, 'node')}, ${countOf(graph.relationships.length, 'relationship')} (hash ${graph.hash.slice(0, 12)})`;
  if (options.check) {
    process.stdout.write(`${summary}: valid\n`);
    return;
  }

  const neo4j = await connectNeo4j(config.neo4j);
  const progress = new ProgressLine(process.stderr, 'seed');
  try {
    await confirmReplacement(neo4j, graph, options);
    const result = await loadSeed(neo4j.driver, neo4j.database, graph, {
      batchSize: options.batchSize,
      timeoutMs: options.timeout === undefined ? undefined : options.timeout * 1000,
      onProgress: (p) => progress.show(loadProgressText(p)),
    });
    progress.clear();
    const removed = `removed ${countOf(result.removedNodes, 'node')} and ${countOf(result.removedRelationships, 'relationship')} of the previous seed`;
    process.stdout.write(`loaded ${summary} into ${neo4j.uri} in ${(result.timings.totalMs / 1000).toFixed(1)} s; ${removed}\n`);
  } finally {
    progress.clear();
    await neo4j.close();
  }
}

/**
 * The synthetic graph is for benchmarks; loading it over a curated seed takes away the
 * graph an API may be serving. That needs a yes (asked on a terminal) or --yes.
 */
async function confirmReplacement(neo4j: Neo4jHandle, graph: SeedGraph, options: SeedOptions): Promise<void> {
  if (options.yes || !isSyntheticOrigin(graph.origin)) return;
  const current = await readSeedMeta(neo4j.driver, neo4j.database);
  if (!current || isSyntheticOrigin(current.origin)) return;
  const holds = `the graph at ${neo4j.uri} holds the seed ${current.origin} (${countOf(current.nodeCount, 'node')}, loaded ${current.loadedAt})`;
  if (await confirm(`${holds}. Replace it with ${graph.origin}?`)) return;
  throw new UsageError(`${holds}; --synthetic would replace it: add --yes to confirm`);
}

function loadProgressText(p: LoadProgress): string {
  if (p.phase === 'lock') return 'taking the seed lock (waits while another load runs)';
  return p.total > 0 ? `writing ${p.phase} ${fraction(p.done, p.total)}` : `${p.phase}…`;
}

async function seedGraph(options: SeedOptions, defaultDir: string): Promise<SeedGraph> {
  if (options.synthetic) {
    if (options.dir !== undefined) throw new UsageError('--dir and --synthetic do not go together: the synthetic seed is generated, not read');
    return syntheticSeedGraph({ nodes: options.nodes, randomSeed: options.randomSeed });
  }
  if (options.nodes !== undefined || options.randomSeed !== undefined || options.yes) {
    throw new UsageError('--nodes, --random-seed and --yes only go with --synthetic');
  }
  return prepareSeed(options.dir === undefined ? defaultDir : path.resolve(options.dir));
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}
