import neo4j, { type Driver } from 'neo4j-driver';
import { registerPool } from './pool-ledger.ts';

/** The driver's connection pool size (reported by /metrics). */
export const POOL_SIZE = 50;

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  /** How long to wait for a connection before failing; keeps outages fast to report. */
  connectTimeoutMs: number;
  /** The connection pool's size; POOL_SIZE unless a test needs a pool it can fill. */
  poolSize?: number;
}

/**
 * The one place a driver is created. Integers come back as JS numbers (counts and ids in
 * this graph are far below 2^53), and a managed transaction retries for at most a few
 * seconds, so that a Neo4j outage turns into a quick SERVICE_UNAVAILABLE rather than the
 * driver's 30-second retry loop.
 */
export function createDriver(o: DriverOptions): Driver {
  const poolSize = o.poolSize ?? POOL_SIZE;
  const driver = neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password), {
    disableLosslessIntegers: true,
    connectionTimeout: o.connectTimeoutMs,
    connectionAcquisitionTimeout: o.connectTimeoutMs,
    maxTransactionRetryTime: 2000,
    maxConnectionPoolSize: poolSize,
    userAgent: 'therapy-graph',
  });
  registerPool(driver, poolSize);
  return driver;
}

/** "Neo4j/5.26.30" → "5.26.30" */
export async function serverVersion(driver: Driver, database: string): Promise<string> {
  const info = await driver.getServerInfo({ database });
  return (info.agent ?? 'unknown').replace(/^Neo4j\//, '');
}
