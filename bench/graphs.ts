/**
 * The two graphs, loaded into the bench's Neo4j by the seed pipeline's own loader
 * (src/seed/load.ts): the shipped graph-seed, and the synthetic scaled graph. The store is
 * emptied first (in batches, not timed), so the timed part is a load into an empty graph.
 */
import { loadConfig } from '../src/config.ts';
import { loadSeed } from '../src/seed/load.ts';
import { prepareSeed } from '../src/seed/prepare.ts';
import type { SeedGraph } from '../src/seed/graph.ts';
import { syntheticSeedGraph } from '../src/seed/synthetic.ts';
import type { BenchNeo4j } from './neo4j.ts';
import { round } from './summary.ts';

export const GRAPHS = {
  seed: { title: 'graph-seed (the shipped graph)', build: () => prepareSeed(loadConfig().seedDir) },
  synthetic: { title: 'synthetic scaled graph (src/seed/synthetic.ts, default size)', build: async () => syntheticSeedGraph() },
} satisfies Record<string, { title: string; build: () => Promise<SeedGraph> }>;
export type GraphId = keyof typeof GRAPHS;

export interface GraphStats {
  nodes: number;
  relationships: number;
  /** Building the graph in memory (reading and validating, or generating) and loading it. */
  loadSeconds: number;
  /** Where the load's time went: building the graph in memory, then the loader's phases (ms). */
  loadBreakdownMs: { build: number; schema: number; lock: number; write: number; cleanup: number; commit: number };
  loadedBy: string;
}

export async function loadGraph(id: GraphId, neo4j: BenchNeo4j): Promise<GraphStats> {
  await emptyGraph(neo4j);
  const t0 = performance.now();
  const graph = await GRAPHS[id].build();
  const built = performance.now();
  const load = await loadSeed(neo4j.driver, neo4j.database, graph);
  const loadSeconds = round((performance.now() - t0) / 1000, 1);
  const counts = await neo4j.driver.executeQuery(
    'RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships',
    {},
    { database: neo4j.database },
  );
  const row = counts.records[0]!;
  return {
    nodes: row.get('nodes') as number,
    relationships: row.get('relationships') as number,
    loadSeconds,
    loadBreakdownMs: {
      build: Math.round(built - t0),
      schema: load.timings.schemaMs,
      lock: load.timings.lockMs,
      write: load.timings.writeMs,
      cleanup: load.timings.cleanupMs,
      commit: load.timings.commitMs,
    },
    loadedBy: `src/seed/load.ts (${graph.origin}; ${load.nodeCount} nodes, ${load.relationshipCount} relationships written in one transaction)`,
  };
}

/** Deletes everything, in batches (a store of a million elements in one transaction needs a big heap). */
export async function emptyGraph(neo4j: BenchNeo4j): Promise<void> {
  const session = neo4j.driver.session({ database: neo4j.database });
  try {
    // The whole statement must outlive the server's 60 s default transaction timeout.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS', {}, { timeout: 30 * 60_000 });
  } finally {
    await session.close();
  }
}

