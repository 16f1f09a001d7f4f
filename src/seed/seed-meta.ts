/**
 * The `(:SeedMeta {id: 'seed'})` node: which seed the graph holds, and whether the graph
 * still holds all of it.
 */
import type { Driver } from 'neo4j-driver';
import { ENTITY_LABEL, RELATIONSHIP_TYPES, SEED_META_LABEL, SEED_SINGLETON_ID } from '../model/kinds.ts';

export interface SeedMeta {
  hash: string;
  origin: string;
  /** ISO 8601, when the load committed (the load's start, give or take its duration). */
  loadedAt: string;
  nodeCount: number;
  relationshipCount: number;
}

/**
 * True when SeedMeta records `$hash` and the counts it recorded are what the graph has, so
 * a graph emptied or trimmed by hand is reloaded. Counts by label and by type come from
 * Neo4j's count store: this costs the same on a graph of a million relationships.
 */
const SEED_IS_CURRENT_CYPHER = `
OPTIONAL MATCH (m:${SEED_META_LABEL} {id: '${SEED_SINGLETON_ID}'})
RETURN m IS NOT NULL AND m.hash = $hash
  AND m.nodeCount = COUNT { (:${ENTITY_LABEL}) }
  AND m.relationshipCount = ${RELATIONSHIP_TYPES.map((t) => `COUNT { ()-[:${t}]->() }`).join(' + ')} AS current`;

export const WRITE_SEED_META_CYPHER = `
MERGE (m:${SEED_META_LABEL} {id: '${SEED_SINGLETON_ID}'})
SET m.hash = $hash, m.origin = $origin, m.release = $release, m.loadedAt = $loadedAt,
    m.nodeCount = $nodeCount, m.relationshipCount = $relationshipCount`;

/** A session or a transaction: whatever runs a query. */
interface QueryRunner {
  run(cypher: string, params: Record<string, unknown>): PromiseLike<{ records: { get(key: string): unknown }[] }>;
}

export async function seedIsCurrent(runner: QueryRunner, hash: string): Promise<boolean> {
  const { records } = await runner.run(SEED_IS_CURRENT_CYPHER, { hash });
  return records[0]?.get('current') === true;
}

export async function readSeedMeta(driver: Driver, database: string): Promise<SeedMeta | undefined> {
  const { records } = await driver.executeQuery(
    `MATCH (m:${SEED_META_LABEL} {id: '${SEED_SINGLETON_ID}'}) RETURN m { .hash, .origin, .loadedAt, .nodeCount, .relationshipCount } AS meta`,
    {},
    { database },
  );
  return records[0]?.get('meta') as SeedMeta | undefined;
}
