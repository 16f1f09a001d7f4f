import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Neo4jHandle } from '../../src/neo4j/connect.ts';
import { prepareSeed } from '../../src/seed/prepare.ts';
import { readSeedMeta } from '../../src/seed/seed-meta.ts';
import { ensureShippedSeed } from '../support/seeded.ts';
import { connectTestNeo4j, countsByLabel } from './graph-state.ts';

describe('ensureShippedSeed', () => {
  let neo4j: Neo4jHandle;
  beforeAll(async () => {
    neo4j = await connectTestNeo4j();
  });
  afterAll(async () => neo4j?.close());

  it('leaves the test graph holding graph-seed/, loading it only when needed', async () => {
    await ensureShippedSeed();
    const shipped = await prepareSeed(loadConfig({}).seedDir);
    const meta = await readSeedMeta(neo4j.driver, neo4j.database);
    expect(meta).toMatchObject({ hash: shipped.hash, nodeCount: shipped.nodes.length, relationshipCount: shipped.relationships.length });
    expect((await countsByLabel(neo4j.driver, neo4j.database)).Entity).toBe(shipped.nodes.length);

    const again = await ensureShippedSeed();
    expect(again).toMatchObject({ loaded: false, hash: shipped.hash });
  });
});
