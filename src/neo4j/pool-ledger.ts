import type { Driver } from 'neo4j-driver';

/**
 * Which of the API's statements had one of the driver's pooled connections, and which queued
 * behind our own statements for one. The driver does not say when a statement gets its
 * connection, so the ledger counts the statements each driver holds (from executeQuery until
 * the driver lets go): a statement that found fewer than the pool's size ahead of it was sent
 * to Neo4j at once. The circuit breaker needs the difference: a read given up on while it
 * queued in our pool says that we were busy, not that Neo4j failed. (The readiness probe's
 * session, outside the ledger, may hold one more connection: a statement counted as sent may
 * then have queued for it, briefly.) The ledger is also what /metrics reports as
 * neo4j_pool_connections_in_use (`inPool`), so the two cannot disagree.
 */
const sizes = new WeakMap<Driver, number>();
const inUse = new WeakMap<Driver, number>();

/** The pool size `driver` was made with (src/neo4j/driver.ts registers each one it makes). */
export function registerPool(driver: Driver, size: number): void {
  sizes.set(driver, size);
}

/** Statements of the API that `driver` holds now: on a pooled connection, or waiting for one. */
export function inPool(driver: Driver): number {
  return inUse.get(driver) ?? 0;
}

export interface PoolEntry {
  /** Whether the pool was full of our statements when this one came: it waited for a connection. */
  readonly queued: boolean;
  /** The driver let go of the statement. */
  leave(): void;
}

export function enterPool(driver: Driver): PoolEntry {
  const ahead = inUse.get(driver) ?? 0;
  inUse.set(driver, ahead + 1);
  let left = false;
  return {
    queued: ahead >= (sizes.get(driver) ?? Infinity),
    leave: () => {
      if (left) return;
      left = true;
      inUse.set(driver, (inUse.get(driver) ?? 1) - 1);
    },
  };
}
