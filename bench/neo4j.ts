/**
 * The benchmark's own Neo4j: the project's local Neo4j from Maven Central on port 7720 with
 * its store in .neo4j/bench (never the dev or test graphs), started or reused; or the Neo4j
 * that NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD name. Connected the way the API connects.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import { connectNeo4j, type Neo4jHandle } from '../src/neo4j/connect.ts';
import { findProcessByArgs } from './process-by-args.ts';

export const BENCH_NEO4J_PORT = '7720';
export const BENCH_NEO4J_DIR = '.neo4j/bench';
/**
 * The seed loader writes a whole graph in one transaction, and Neo4j caps a transaction at
 * 70% of the heap: the scaled graph (100k nodes, 580k relationships) does not fit in the
 * project's default 2g. LOCAL_NEO4J_HEAP overrides.
 */
export const BENCH_NEO4J_HEAP = '6g';
/** On a machine shared with other work, a start with a 6g heap has taken over the 3 minutes the API allows. */
export const BENCH_NEO4J_START_TIMEOUT_MS = '600000';

export interface BenchNeo4j extends Neo4jHandle {
  /** The environment a child process needs to use this Neo4j. */
  childEnv: Record<string, string>;
  /**
   * The bench's own Neo4j's process (started by src/neo4j-local, or reused), whose CPU time
   * the run reads per slot; undefined when NEO4J_URI names another Neo4j (its CPU is unknown).
   */
  pid?: number;
}

export async function openBenchNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<BenchNeo4j> {
  const cfg = loadConfig({
    LOCAL_NEO4J_HEAP: BENCH_NEO4J_HEAP,
    LOCAL_NEO4J_START_TIMEOUT_MS: BENCH_NEO4J_START_TIMEOUT_MS,
    ...env,
    LOCAL_NEO4J_PORT: BENCH_NEO4J_PORT,
    LOCAL_NEO4J_DIR: BENCH_NEO4J_DIR,
  }).neo4j;
  const handle = await connectNeo4j(cfg);
  // The local Neo4j keeps the password it generated in its folder (neo4j-local/README.md).
  const password = cfg.uri ? (cfg.password ?? '') : readFileSync(path.join(cfg.local.dir, 'password'), 'utf8').trim();
  const user = cfg.uri ? cfg.user : 'neo4j';
  const pid = cfg.uri ? undefined : findProcessByArgs('--home', cfg.local.dir);
  return {
    ...handle,
    ...(pid !== undefined && { pid }),
    childEnv: { NEO4J_URI: handle.uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: handle.database },
  };
}
