/**
 * Loads a SeedGraph into Neo4j, all or nothing. After the schema (graph-schema.ts), the
 * whole load is ONE explicit write transaction, committed only at the end: a failure,
 * a timeout, or the loading process being killed part-way (Neo4j rolls back a transaction
 * whose connection is gone) leaves the previous graph as it was.
 *
 * Inside the transaction:
 * 1. lock: MERGE the SeedLock node and write to it, so a second load waits for the first
 *    (until db.lock.acquisition.timeout or its own timeout, then a clear error);
 * 2. MERGE nodes on Entity.id, per label, in UNWIND batches; MERGE relationships per type;
 *    everything written is stamped with the seed's hash;
 * 3. delete the Entities and seed relationships not stamped with it (what the new seed no
 *    longer has), so loading twice gives the same graph and a changed seed replaces the old;
 * 4. write SeedMeta, commit.
 */
import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import { buildErrorMessage, SeedLoadError } from './load-error.ts';
import type { SeedGraph, SeedRelationship } from './graph.ts';
import { ensureGraphSchema } from './graph-schema.ts';
import {
  DISTINCT_BY,
  ENTITY_LABEL,
  isKindName,
  isRelationshipType,
  KIND_NAMES,
  RELATIONSHIP_TYPES,
  SEED_HASH_PROPERTY,
  SEED_LOCK_LABEL,
  SEED_SINGLETON_ID,
  type KindName,
  type RelationshipType,
} from './kinds.ts';
import { SEED_IS_CURRENT_CYPHER, WRITE_SEED_META_CYPHER } from './seed-meta.ts';

export { SeedLoadError };

export interface LoadProgress {
  phase: 'lock' | 'nodes' | 'relationships' | 'cleanup' | 'commit';
  /** Nodes or relationships written so far in this phase, and how many there are. */
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** The load transaction's timeout; overrides the server's db.transaction.timeout. */
  timeoutMs?: number;
  /** Called before taking the lock (which may wait), after each batch, and before cleanup and commit. */
  onProgress?: (p: LoadProgress) => void;
  /** Once holding the lock, do nothing if the graph already holds this seed (see seed-meta.ts). */
  onlyIfChanged?: boolean;
}

export interface LoadResult {
  /** False when onlyIfChanged found the graph already current. */
  loaded: boolean;
  hash: string;
  nodeCount: number;
  relationshipCount: number;
  removedNodes: number;
  removedRelationships: number;
  timings: { schemaMs: number; lockMs: number; writeMs: number; cleanupMs: number; commitMs: number; totalMs: number };
}

export const DEFAULT_BATCH_SIZE = 10_000;
export const DEFAULT_LOAD_TIMEOUT_MS = 15 * 60_000;

export async function loadSeed(driver: Driver, database: string, graph: SeedGraph, options: LoadOptions = {}): Promise<LoadResult> {
  checkGraph(graph);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS;
  const progress = options.onProgress ?? (() => {});
  const clock = stopwatch();

  await ensureGraphSchema(driver, database);
  const schemaMs = clock.lap();

  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction({ timeout: timeoutMs, metadata: { app: 'therapy-graph seed load', hash: graph.hash } });
  let phase: LoadProgress['phase'] = 'lock';
  try {
    progress({ phase, done: 0, total: 0 });
    await tx.run(LOCK_CYPHER);
    const lockMs = clock.lap();
    if (options.onlyIfChanged && (await isCurrent(tx, graph.hash))) {
      await tx.rollback();
      return result(graph, false, 0, 0, { schemaMs, lockMs, writeMs: 0, cleanupMs: 0, commitMs: 0, totalMs: clock.total() });
    }

    phase = 'nodes';
    await writeInBatches(tx, groupBy(graph.nodes, (n) => n.label), batchSize, graph.hash, nodeCypher, (n) => ({ id: n.id, properties: n.properties }), (done) =>
      progress({ phase: 'nodes', done, total: graph.nodes.length }),
    );
    phase = 'relationships';
    await writeInBatches(tx, groupBy(graph.relationships, (r) => r.type), batchSize, graph.hash, relationshipCypher, relationshipRow, (done) =>
      progress({ phase: 'relationships', done, total: graph.relationships.length }),
    );
    const writeMs = clock.lap();

    phase = 'cleanup';
    progress({ phase, done: 0, total: 0 });
    const removedRelationships = await count(tx, REMOVE_STALE_RELATIONSHIPS_CYPHER, { hash: graph.hash });
    const removedNodes = await count(tx, REMOVE_STALE_NODES_CYPHER, { hash: graph.hash });
    await tx.run(WRITE_SEED_META_CYPHER, {
      hash: graph.hash,
      origin: graph.origin,
      loadedAt: new Date().toISOString(),
      nodeCount: graph.nodes.length,
      relationshipCount: graph.relationships.length,
    });
    const cleanupMs = clock.lap();

    phase = 'commit';
    progress({ phase, done: 0, total: 0 });
    await tx.commit();
    const commitMs = clock.lap();
    return result(graph, true, removedNodes, removedRelationships, { schemaMs, lockMs, writeMs, cleanupMs, commitMs, totalMs: clock.total() });
  } catch (err) {
    // The transaction may already be gone (timed out, terminated); rolling back is then moot.
    await tx.rollback().catch(() => {});
    throw new SeedLoadError(buildErrorMessage(err, phase, timeoutMs), { cause: err });
  } finally {
    await session.close();
  }
}

const LOCK_CYPHER = `MERGE (l:${SEED_LOCK_LABEL} {id: '${SEED_SINGLETON_ID}'}) SET l.at = timestamp()`;

/** Not written by this load: left over from an earlier seed, or never written by a load at all. */
const stale = (v: string) => `${v}.${SEED_HASH_PROPERTY} IS NULL OR ${v}.${SEED_HASH_PROPERTY} <> $hash`;
const REMOVE_STALE_NODES_CYPHER = `MATCH (n:${ENTITY_LABEL}) WHERE ${stale('n')} DETACH DELETE n RETURN count(*) AS count`;
const REMOVE_STALE_RELATIONSHIPS_CYPHER = `
MATCH (:${ENTITY_LABEL})-[r:${RELATIONSHIP_TYPES.join('|')}]->(:${ENTITY_LABEL}) WHERE ${stale('r')}
DELETE r RETURN count(*) AS count`;

/**
 * Labels are constants from kinds.ts. A node whose kind changed (an id moved from one
 * file to another) loses its old kind label; SET n = replaces all properties, so an
 * attribute removed from the seed disappears from the graph.
 */
function nodeCypher(label: KindName): string {
  const others = KIND_NAMES.filter((k) => k !== label);
  return `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: row.id})
SET n = row.properties, n.${SEED_HASH_PROPERTY} = $hash
SET n:${label}
REMOVE n:${others.join(':')}`;
}

function relationshipCypher(type: RelationshipType): string {
  const distinct = DISTINCT_BY[type];
  const key = distinct ? ` {${distinct}: row.properties.${distinct}}` : '';
  return `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
MERGE (a)-[r:${type}${key}]->(b)
SET r = row.properties, r.${SEED_HASH_PROPERTY} = $hash`;
}

const relationshipRow = (r: SeedRelationship) => ({ from: r.from, to: r.to, properties: r.properties });

async function writeInBatches<T, K extends string>(
  tx: Transaction,
  groups: Map<K, T[]>,
  batchSize: number,
  hash: string,
  cypherFor: (key: K) => string,
  row: (item: T) => unknown,
  onBatch: (done: number) => void,
): Promise<void> {
  let done = 0;
  for (const [key, items] of groups) {
    const cypher = cypherFor(key);
    for (let i = 0; i < items.length; i += batchSize) {
      const batch = items.slice(i, i + batchSize);
      await tx.run(cypher, { rows: batch.map(row), hash });
      done += batch.length;
      onBatch(done);
    }
  }
}

async function isCurrent(tx: Transaction, hash: string): Promise<boolean> {
  const { records } = await tx.run(SEED_IS_CURRENT_CYPHER, { hash });
  return records[0]?.get('current') === true;
}

async function count(tx: Transaction, cypher: string, params: Record<string, unknown>): Promise<number> {
  const { records } = await tx.run(cypher, params);
  return Number(records[0]?.get('count') ?? 0);
}

/**
 * Labels and types are written into Cypher, so a hand-built graph must use the registry's;
 * and a relationship to a node the graph does not have would be dropped silently by MATCH.
 */
function checkGraph(graph: SeedGraph): void {
  const ids = new Set<string>();
  for (const n of graph.nodes) {
    if (!isKindName(n.label)) throw new SeedLoadError(`node ${n.id}: unknown label ${JSON.stringify(n.label)}`);
    if (ids.has(n.id)) throw new SeedLoadError(`node ${n.id}: id used twice`);
    ids.add(n.id);
  }
  for (const r of graph.relationships) {
    if (!isRelationshipType(r.type)) throw new SeedLoadError(`relationship ${r.from}→${r.to}: unknown type ${JSON.stringify(r.type)}`);
    const missing = [r.from, r.to].find((id) => !ids.has(id));
    if (missing) throw new SeedLoadError(`relationship ${r.from} ${r.type} ${r.to}: no node ${missing} in the graph`);
  }
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function result(graph: SeedGraph, loaded: boolean, removedNodes: number, removedRelationships: number, timings: LoadResult['timings']): LoadResult {
  return {
    loaded,
    hash: graph.hash,
    nodeCount: graph.nodes.length,
    relationshipCount: graph.relationships.length,
    removedNodes,
    removedRelationships,
    timings,
  };
}

function stopwatch() {
  const start = performance.now();
  let last = start;
  return {
    lap(): number {
      const now = performance.now();
      const ms = now - last;
      last = now;
      return Math.round(ms);
    },
    total: () => Math.round(performance.now() - start),
  };
}
