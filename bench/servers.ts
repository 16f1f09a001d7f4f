/**
 * The two HTTP contenders as child processes on fixed loopback ports: our API as `npm start`
 * runs it (start-command.ts: node with its flags on the compiled dist/main.js) in production
 * mode with the rate limit off, and the @neo4j/graphql server. With BENCH_CPU_PROF=1 our API
 * runs under --cpu-prof, from bench/profiled-api.ts compiled as dist/main.js is.
 */
import path from 'node:path';
import { buildServer } from '../scripts/build-server.ts';
import { loadConfig, projectRoot } from '../src/config.ts';
import { startChildServer, type ChildServer } from './child-server.ts';
import { startCommand } from './start-command.ts';
import type { BenchNeo4j } from './neo4j.ts';
import type { Settings } from './settings.ts';

export const OURS_PORT = '4720';
export const NEO4J_GRAPHQL_PORT = '4721';
export const OURS_CACHED_PORT = '4722';

/**
 * Our API. Every comparison with the peer reads Neo4j for every answer, so the response
 * cache is off, unless `cached` (a second instance, reported in columns of its own).
 */
export async function startOurApi(graph: string, neo4j: BenchNeo4j, s: Settings, logDir: string, cached = false): Promise<ChildServer> {
  const profileDir = path.join(path.dirname(logDir), 'profiles');
  const start = startCommand(projectRoot);
  // What `npm start`'s prestart builds (it takes half a second), so the child runs this checkout.
  if (s.cpuProf) await buildServer('bench/profiled-api.ts', PROFILED_ENTRY);
  else await buildServer();
  return startChildServer({
    name: `${graph}-ours${cached ? '-cached' : ''}`,
    entry: s.cpuProf ? PROFILED_ENTRY : start.entry,
    plainNode: true,
    env: {
      ...neo4j.childEnv,
      PORT: cached ? OURS_CACHED_PORT : OURS_PORT,
      RATE_LIMIT_PER_MINUTE: '0',
      // One client sending the whole load: the per-client limits are for a public deployment.
      GRAPHQL_COST_PER_MINUTE: '0',
      MAX_IN_FLIGHT_PER_CLIENT: '0',
      // The peer has no gate for heavy requests: every one of ours runs as it comes, too, and so
      // do their statements (by default 2 at a time for all heavy requests: search, neighborhood,
      // paths and facts50, whose cost is over a fifth of the maximum, then ran 2 statements at a
      // time against the peer's 16, and lost on throughput with less CPU per answer).
      GRAPHQL_MAX_HEAVY_IN_FLIGHT: String(Math.max(4, s.connections)),
      GRAPHQL_MAX_HEAVY_STATEMENTS: String(Math.max(4, s.connections)),
      NODE_ENV: 'production',
      RESPONSE_CACHE: cached ? 'on' : 'off',
    },
    nodeArgs: [...start.nodeArgs, ...(s.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, `${graph}-ours`)}`] : [])],
    logDir,
  });
}

/** Where BENCH_CPU_PROF=1 compiles bench/profiled-api.ts (beside dist/main.js, so it finds the project root the same way). */
const PROFILED_ENTRY = 'dist/profiled-api.js';

/** Whether our API has a response cache (RESPONSE_CACHE) to measure. */
export function hasResponseCache(): boolean {
  const serving = (loadConfig() as unknown as { serving?: { responseCache?: unknown } }).serving;
  return typeof serving?.responseCache === 'boolean';
}

export function startNeo4jGraphql(graph: string, neo4j: BenchNeo4j, logDir: string): Promise<ChildServer> {
  return startChildServer({
    name: `${graph}-neo4j-graphql`,
    entry: 'bench/neo4j-graphql/server.ts',
    env: { ...neo4j.childEnv, PORT: NEO4J_GRAPHQL_PORT, NODE_ENV: 'production' },
    logDir,
  });
}
