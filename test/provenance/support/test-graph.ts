import { afterAll } from 'vitest';
import { connectNeo4j, type Neo4jHandle } from '../../../src/neo4j/connect.ts';
import type { SeedGraph } from '../../../src/seed/graph.ts';
import { loadSeed } from '../../../src/seed/load.ts';
import { testConfig } from '../../support/neo4j.ts';
import { ensureShippedSeed } from '../../support/seeded.ts';

/** Runs `use` with a connection to the test Neo4j, closed afterwards. */
export async function withTestNeo4j<T>(use: (neo4j: Neo4jHandle) => Promise<T>): Promise<T> {
  const neo4j = await connectNeo4j(testConfig().neo4j);
  try {
    return await use(neo4j);
  } finally {
    await neo4j.close();
  }
}

/** Replaces the test graph with `graph`, through the seed loader. */
export function loadTestGraph(graph: SeedGraph): Promise<void> {
  return withTestNeo4j(async (neo4j) => void (await loadSeed(neo4j.driver, neo4j.database, graph)));
}

/** A file that loads fixture graphs leaves the shipped seed behind it, as other files expect. */
export function restoreShippedSeedAfterAll(): void {
  afterAll(async () => void (await ensureShippedSeed()));
}

/** Rows of a read-only Cypher statement on the test graph, for checking the API against the graph itself. */
export function cypher<Row = Record<string, unknown>>(statement: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  return withTestNeo4j(async (neo4j) => {
    const { records } = await neo4j.driver.executeQuery(statement, params, { database: neo4j.database });
    return records.map((r) => r.toObject() as Row);
  });
}
