/**
 * Provides a real Neo4j to the integration tests, in this order of preference:
 * 1. NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE) when set;
 * 2. a testcontainers `neo4j:5.26-community` container when a Docker engine answers;
 * 3. the project's local Neo4j from Maven Central (src/neo4j-local), on TEST_NEO4J_PORT
 *    (default 7688) with its own store in .neo4j/test (TEST_NEO4J_DIR), apart from the
 *    development graph.
 * There is no fallback to anything else: without a Neo4j the run fails.
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.ts';
import { startLocalNeo4j } from '../src/neo4j-local/launch.ts';
import type { TestNeo4j } from './support/neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { neo4j, stop } = await provideNeo4j();
  project.provide('neo4j', neo4j);
  return stop;
}

async function provideNeo4j(): Promise<{ neo4j: TestNeo4j; stop: () => Promise<void> }> {
  const env = process.env;
  if (env.NEO4J_URI) {
    const cfg = loadConfig(env).neo4j;
    return {
      neo4j: { uri: env.NEO4J_URI, user: cfg.user, password: cfg.password ?? '', database: cfg.database },
      stop: async () => {},
    };
  }
  if (dockerAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('test-password').start();
    return {
      neo4j: { uri: container.getBoltUri(), user: 'neo4j', password: 'test-password', database: 'neo4j' },
      stop: async () => void (await container.stop()),
    };
  }
  const local = loadConfig({
    ...env,
    LOCAL_NEO4J_PORT: env.TEST_NEO4J_PORT ?? '7688',
    LOCAL_NEO4J_DIR: env.TEST_NEO4J_DIR ?? '.neo4j/test',
    // The tests load the shipped seed and small fixtures; the 4g default is sized for the
    // synthetic 100k-node seed, which the test suite never loads.
    LOCAL_NEO4J_HEAP: env.TEST_NEO4J_HEAP ?? '2g',
  }).neo4j.local;
  const started = await startLocalNeo4j(local);
  return {
    neo4j: { uri: started.uri, user: started.user, password: started.password, database: 'neo4j' },
    stop: started.stop,
  };
}

function dockerAnswers(): boolean {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}
