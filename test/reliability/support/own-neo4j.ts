/**
 * A local Neo4j that one scenario owns, on its own port and store, so that it can stop and
 * restart it under a running service without touching anybody else's database.
 */
import { loadConfig, type LocalNeo4jConfig } from '../../../src/config.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../../src/neo4j-local/launch.ts';

export interface OwnNeo4j {
  cfg: LocalNeo4jConfig;
  /** Environment that points the service (or the seed CLI) at this Neo4j. */
  env: Record<string, string>;
  /** Starts it (again); refuses one left running by somebody else, which it could not stop. */
  start(): Promise<LocalNeo4j>;
  /** Sends a signal to its Java process (SIGSTOP/SIGCONT make it hang and resume). */
  signal(signal: NodeJS.Signals): void;
  stop(): Promise<void>;
}

export function ownNeo4j(port: number, dir: string, heap = '512m'): OwnNeo4j {
  const cfg = loadConfig({ LOCAL_NEO4J_PORT: String(port), LOCAL_NEO4J_DIR: dir, LOCAL_NEO4J_HEAP: heap }).neo4j.local;
  let running: LocalNeo4j | undefined;
  const own: OwnNeo4j = {
    cfg,
    env: {},
    async start() {
      const started = await startLocalNeo4j(cfg);
      if (started.reused) {
        throw new Error(`a Neo4j is already running on ${started.uri} (${dir}); stop it before running this scenario`);
      }
      running = started;
      own.env = { NEO4J_URI: started.uri, NEO4J_USER: started.user, NEO4J_PASSWORD: started.password };
      return started;
    },
    signal(signal) {
      if (!running?.pid) throw new Error(`no Neo4j of ours is running on port ${port}`);
      process.kill(running.pid, signal);
    },
    async stop() {
      await running?.stop();
      running = undefined;
    },
  };
  return own;
}
