import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';
import { startLocalNeo4j } from '../neo4j-local/launch.ts';
import { createDriver, serverVersion } from './driver.ts';

export interface Neo4jHandle {
  driver: Driver;
  database: string;
  uri: string;
  version: string;
  /** 'configured' when NEO4J_URI was given, else 'local' (started or reused by us). */
  source: 'configured' | 'local';
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

export class Neo4jUnreachableError extends Error {
  override name = 'Neo4jUnreachableError';
}

/** Connects to NEO4J_URI when configured, else to the local Neo4j (starting it if needed). */
export async function connectNeo4j(cfg: Neo4jConfig): Promise<Neo4jHandle> {
  const local = cfg.uri ? undefined : await startLocalNeo4j(cfg.local);
  const uri = cfg.uri ?? local!.uri;
  const driver = createDriver({
    uri,
    user: local?.user ?? cfg.user,
    password: local?.password ?? cfg.password ?? '',
    connectTimeoutMs: cfg.connectTimeoutMs,
  });
  try {
    await driver.verifyConnectivity({ database: cfg.database });
    const version = await serverVersion(driver, cfg.database);
    return {
      driver,
      database: cfg.database,
      uri,
      version,
      source: local ? 'local' : 'configured',
      close: async () => {
        await driver.close();
        await local?.stop();
      },
    };
  } catch (err) {
    await driver.close();
    await local?.stop();
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Neo4jUnreachableError(
      `cannot reach Neo4j at ${uri} (${reason}); check that it is running and that NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE are right`,
    );
  }
}
