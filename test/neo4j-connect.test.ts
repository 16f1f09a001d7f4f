import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNeo4j, type Neo4jHandle } from '../src/neo4j/connect.ts';
import { testConfig } from './support/neo4j.ts';

describe('connectNeo4j', () => {
  let handle: Neo4jHandle;
  beforeAll(async () => {
    handle = await connectNeo4j(testConfig().neo4j);
  });
  afterAll(async () => handle?.close());

  it('talks to a real Neo4j 5 over Bolt', async () => {
    expect(handle.version).toMatch(/^5\.\d+/);
    const { records } = await handle.driver.executeQuery('RETURN 40 + 2 AS answer', {}, { database: handle.database });
    expect(records[0]?.get('answer')).toBe(42);
  });

  it('names the URI and what to check when Neo4j cannot be reached', async () => {
    const cfg = testConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT_MS: '2000' }).neo4j;
    await expect(connectNeo4j(cfg)).rejects.toThrow(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 .*NEO4J_PASSWORD/);
  });
});
