import { inject } from 'vitest';
import { loadConfig, type AppConfig } from '../../src/config.ts';

/** Where the integration tests' Neo4j is; provided by test/global-setup.ts. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** The application configuration pointed at the test Neo4j, as a user would set it. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const neo4j = inject('neo4j');
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
    ...overrides,
  });
}
