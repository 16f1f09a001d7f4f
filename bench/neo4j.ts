/**
 * The benchmark's own Neo4j: the project's local Neo4j from Maven Central on port 7720 with
 * its store in .neo4j/bench (never the dev or test graphs), started or reused; or the Neo4j
 * that NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD name.
 */
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import { createDriver, serverVersion } from '../src/neo4j/driver.ts';
import { startLocalNeo4j } from '../src/neo4j-local/launch.ts';

export const BENCH_NEO4J_PORT = '7720';
export const BENCH_NEO4J_DIR = '.neo4j/bench';
/**
 * The seed loader writes a whole graph in one transaction, and Neo4j caps a transaction at
 * 70% of the heap: the scaled graph (100k nodes, 580k relationships) does not fit in the
 * project's default 2g. LOCAL_NEO4J_HEAP overrides.
 */
export const BENCH_NEO4J_HEAP = '6g';

export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  driver: Driver;
  version: string;
  /** 'local (started)', 'local (reused)' or 'NEO4J_URI'. */
  source: string;
  /** The environment a child process needs to use this Neo4j. */
  childEnv: Record<string, string>;
  close(): Promise<void>;
}

export async function openBenchNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<BenchNeo4j> {
  const cfg = loadConfig({
    LOCAL_NEO4J_HEAP: BENCH_NEO4J_HEAP,
    ...env,
    LOCAL_NEO4J_PORT: BENCH_NEO4J_PORT,
    LOCAL_NEO4J_DIR: BENCH_NEO4J_DIR,
  }).neo4j;
  const local = cfg.uri ? undefined : await startLocalNeo4j(cfg.local);
  const uri = local?.uri ?? cfg.uri!;
  const user = local?.user ?? cfg.user;
  const password = local?.password ?? cfg.password ?? '';
  const driver = createDriver({ uri, user, password, connectTimeoutMs: cfg.connectTimeoutMs });
  try {
    await driver.verifyConnectivity({ database: cfg.database });
    const version = await serverVersion(driver, cfg.database);
    return {
      uri,
      user,
      password,
      database: cfg.database,
      driver,
      version,
      source: local ? `local (${local.reused ? 'reused' : 'started'})` : 'NEO4J_URI',
      childEnv: { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: cfg.database },
      close: async () => {
        await driver.close();
        await local?.stop();
      },
    };
  } catch (err) {
    await driver.close();
    await local?.stop();
    throw err;
  }
}
