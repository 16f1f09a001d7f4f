/** What the seed tests observe of the test graph: exact snapshots and counts. */
import type { Driver } from 'neo4j-driver';
import { connectNeo4j, type Neo4jHandle } from '../../src/neo4j/connect.ts';
import { testConfig } from '../support/neo4j.ts';

export function connectTestNeo4j(): Promise<Neo4jHandle> {
  return connectNeo4j(testConfig().neo4j);
}

/** Every node (labels, properties) and relationship (type, end ids, properties), in a stable order. */
export async function graphSnapshot(driver: Driver, database: string): Promise<string> {
  const { records } = await driver.executeQuery(
    `MATCH (n)
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, r, m ORDER BY type(r), m.id, r.section
     WITH n, collect(CASE WHEN r IS NULL THEN null ELSE [type(r), m.id, properties(r)] END) AS out
     RETURN labels(n) AS labels, properties(n) AS props, out
     ORDER BY n.id, labels`,
    {},
    { database },
  );
  return JSON.stringify(
    records.map((r) => ({ labels: [...r.get('labels')].sort(), props: sortKeys(r.get('props')), out: r.get('out').map(sortKeys) })),
  );
}

/** A snapshot without what every load changes even when the seed is the same: SeedMeta.loadedAt, SeedLock.at. */
export function withoutLoadTimes(snapshot: string): string {
  return snapshot.replace(/"(loadedAt|at)":("[^"]*"|\d+)/g, '"$1":"…"');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

export async function countsByLabel(driver: Driver, database: string): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
    {},
    { database },
  );
  return Object.fromEntries(records.map((r) => [r.get('label'), r.get('count')]));
}

export async function countsByType(driver: Driver, database: string): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type', {}, { database });
  return Object.fromEntries(records.map((r) => [r.get('type'), r.get('count')]));
}

/** Leaves the graph empty: the known state other test files start from (they call ensureShippedSeed). */
export async function clearGraph(driver: Driver, database: string): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
