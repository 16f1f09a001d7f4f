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
import type { SeedGraph } from './graph.ts';
import { ensureGraphSchema } from './graph-schema.ts';
import { isKindName, isRelationshipType } from '../model/kinds.ts';
import { buildErrorMessage, SeedLoadError } from './load-error.ts';
import {
  LOCK_CYPHER,
  nodeCypher,
  relationshipCypher,
  REMOVE_STALE_NODES_CYPHER,
  REMOVE_STALE_RELATIONSHIPS_CYPHER,
} from './load-statements.ts';
import { seedIsCurrent, WRITE_SEED_META_CYPHER } from './seed-meta.ts';

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
    if (options.onlyIfChanged && (await seedIsCurrent(tx, graph.hash))) {
      await tx.rollback();
      return result(graph, false, 0, 0, { schemaMs, lockMs, writeMs: 0, cleanupMs: 0, commitMs: 0, totalMs: clock.total() });
    }

    for (const batch of batches(graph, batchSize)) {
      phase = batch.phase;
      await tx.run(batch.cypher, { rows: batch.rows, hash: graph.hash });
      progress({ phase, done: batch.doneAfter, total: batch.total });
    }
    const writeMs = clock.lap();

    phase = 'cleanup';
    progress({ phase, done: 0, total: 0 });
    const removedRelationships = await count(tx, REMOVE_STALE_RELATIONSHIPS_CYPHER, { hash: graph.hash });
    const removedNodes = await count(tx, REMOVE_STALE_NODES_CYPHER, { hash: graph.hash });
    await tx.run(WRITE_SEED_META_CYPHER, {
      hash: graph.hash,
      origin: graph.origin,
      release: graph.release ?? null,
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

interface Batch {
  phase: 'nodes' | 'relationships';
  cypher: string;
  rows: unknown[];
  /** Items of the phase written once this batch is, and in all. */
  doneAfter: number;
  total: number;
}

/** The load's write statements: nodes per label, then relationships per type, `size` rows each. */
function batches(graph: SeedGraph, size: number): Batch[] {
  const plan: Batch[] = [];
  const add = <T, K>(phase: Batch['phase'], items: readonly T[], keyOf: (item: T) => K, cypherFor: (key: K) => string, row: (item: T) => unknown) => {
    let done = 0;
    for (const [key, group] of groupBy(items, keyOf)) {
      const cypher = cypherFor(key);
      for (let i = 0; i < group.length; i += size) {
        const rows = group.slice(i, i + size).map(row);
        done += rows.length;
        plan.push({ phase, cypher, rows, doneAfter: done, total: items.length });
      }
    }
  };
  add('nodes', graph.nodes, (n) => n.label, nodeCypher, (n) => ({ id: n.id, properties: n.properties }));
  add('relationships', graph.relationships, (r) => r.type, relationshipCypher, (r) => ({ from: r.from, to: r.to, properties: r.properties }));
  return plan;
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
