import { connectNeo4j } from '../../src/neo4j/connect.ts';
import { ensureSeeded, type EnsureSeededResult } from '../../src/seed/ensure-seeded.ts';
import { testConfig } from './neo4j.ts';

/**
 * Makes the test Neo4j hold the shipped graph-seed/, loading it only when the graph holds
 * something else (another seed, a test's leftovers, nothing). Call it in beforeAll of any
 * test file that reads the shipped graph, so the file does not depend on the order files run in.
 */
export async function ensureShippedSeed(): Promise<EnsureSeededResult> {
  const config = testConfig();
  const neo4j = await connectNeo4j(config.neo4j);
  try {
    return await ensureSeeded(neo4j.driver, neo4j.database, config.seedDir);
  } finally {
    await neo4j.close();
  }
}
