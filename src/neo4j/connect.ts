import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { startLocalNeo4j } from '../neo4j-local/launch.ts';
import { superviseLocalNeo4j } from '../neo4j-local/supervisor.ts';
import { createDriver, serverVersion } from './driver.ts';

export interface Neo4jHandle {
  driver: Driver;
  database: string;
  uri: string;
  version: string;
  /** 'configured' when NEO4J_URI was given, else 'local' (started or reused by us). */
  source: 'configured' | 'local';
  /** Why the local Neo4j this process supervises is not serving (see src/neo4j-local/supervisor.ts). */
  problem(): string | undefined;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Keep the local Neo4j running (restart it when it exits), logging to this logger: the service does; one-off commands do not. */
  supervise?: { logger: Logger };
}

export class Neo4jUnreachableError extends Error {
  override name = 'Neo4jUnreachableError';
}

/** Connects to NEO4J_URI when configured, else to the local Neo4j (starting it if needed). */
export async function connectNeo4j(cfg: Neo4jConfig, options: ConnectOptions = {}): Promise<Neo4jHandle> {
  const local = cfg.uri
    ? undefined
    : options.supervise
      ? await superviseLocalNeo4j(cfg.local, options.supervise.logger)
      : await startLocalNeo4j(cfg.local);
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
      problem: () => (local && 'problem' in local ? local.problem() : undefined),
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
